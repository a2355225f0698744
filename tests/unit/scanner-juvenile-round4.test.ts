import { describe, it } from 'vitest';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean } = scannerExpectations(juvenileIdentityScanner, 'III.B.3.c');

/**
 * Round four: a minor named with an age in a bilingual post, or with a name whose letters the
 * tokenizer splits ("Nguyễn"), told after the name ("who is 13") or with another language's
 * "years" ("13 tuổi", "12 años"). Sentences written for the family, none from a corpus.
 */
describe('juvenile identity, round four', () => {
  it('flags a name with an age and another language’s word for years', () => {
    flagged('Cảnh sát đang tìm em Trần Thị Mai, 14 tuổi, mất tích từ hôm qua.', 'Trần Thị Mai, 14');
    flagged(
      'Buscamos a Ana Ruiz Pérez, 12 años, vista por última vez el lunes.',
      'Ana Ruiz Pérez, 12',
    );
    flagged('Policja szuka Zofii Nowak, 14 lat.', 'Zofii Nowak, 14');
    flagged('Nous recherchons Léa Dubois, 13 ans.', 'Léa Dubois, 13');
    flagged('Phạm Quốc Huy, 11 tuổi, đã được tìm thấy.', 'Phạm Quốc Huy, 11');
  });

  it('flags a name with the age told after it', () => {
    flagged('We are looking for Lê Hoàng Anh, who is 15.', 'Lê Hoàng Anh, who is 15');
    flagged('Deputies cited Đỗ Minh Tuấn, who is only 16, for the break-in.', 'Đỗ Minh Tuấn');
    flagged(
      'Have you seen Ngô Bảo Châu, aged 12? He left school at noon.',
      'Ngô Bảo Châu, aged 12',
    );
    flagged('Officers found Hồ Thanh Vy, who’s 9, asleep in the bus shelter.', 'Hồ Thanh Vy');
    flagged('The crash hurt Võ Gia Bảo, who turned 14 last month.', 'Võ Gia Bảo, who turned 14');
  });

  it('leaves adults, years of service and counts', () => {
    clean('We thank Trần Văn Minh, who is 45, for the tip.');
    clean('Officer Dan Smith, who is 12 years into his career, retired.');
    clean('Ông Nguyễn Văn Hải, 67 tuổi, đã được tìm thấy an toàn.');
    clean('Congratulations to Lý Thu Hà, who is 15 years with the department this spring!');
    clean('Sgt. Ana Ruiz Pérez, 12 años de servicio, se jubila hoy.');
  });
});
