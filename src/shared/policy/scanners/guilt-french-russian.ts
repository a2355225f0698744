import type { PhraseRule } from './pattern-scanner';
import { NAME } from './guilt-accusations';
import { notBlamed } from './guilt-negligence';

/*
 * Guilt or innocence (III.B.1.c) in French and Russian, the languages of round forty-four's
 * comments beside English and Spanish: the doer named ("C'est le gars du pick-up blanc qui a
 * tiré"), a defect known and the deed done anyway ("Il savait que les freins ne marchaient plus
 * et il a loué la voiturette quand même"), innocence said ("Remy a rien fait de mal"), and the
 * plain verdict ("Он виноват", he is guilty). Each keeps the guards of the English rules: no one
 * asked, no staff at work, no words attributed, no thanks, no eulogy.
 */

/** Thanks or praise in French near the words: "merci", "bravo". */
const cleared = (text: string, start: number, end: number) =>
  notBlamed(text, start, end) ||
  /(?<![\p{L}])(?:merci|bravo|félicitations|chapeau)(?![\p{L}])/iu.test(
    text.slice(Math.max(0, start - 150), end + 150),
  );

export function frenchRussianRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "C'est Wade qui a tué ce pauvre homme", "c'est l'autre qui a commencé"; not God, a pet or
      // the weather as the doer ("c'est le chat qui a cassé le vase"), nor "qui a volé la vedette"
      // or "qui a commencé la collecte", which start or steal no crime
      pattern:
        /(?<![\p{L}])[Cc]['’]est\s+(?!(?:le\s+bon\s+)?Dieu\b|(?:le|la|mon|ma|notre|ce|cette)\s+(?:chat|chatte|chaton|chien|chienne|chiot|vent|orage|tempête|bébé)(?![\p{L}]))[^.!?\n]{2,40}?\s+qui\s+a\s+(?:tiré|tué|volé(?!\s+la\s+vedette)|frappé|commencé(?!\s+(?:la|le|les|l['’]|un|une|des|à|ce|cette|notre|son|sa|ses)(?![\p{L}]))|poignardé|cassé|mis\s+le\s+feu|fait\s+ça)(?![\p{L}])/gu,
      hints: ['qui a'],
      keep: (text, start, end) => !cleared(text, start, end),
      message,
    },
    {
      // "Il savait que les freins ne marchaient plus et il a loué la voiturette quand même"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|[Ii]l|[Ee]lle)\s+savait\s+(?:que|bien\s+que)\b[^.!?\n]{0,100}?\bquand\s+même(?![\p{L}])`,
        'gu',
      ),
      hints: ['savait'],
      // Not a risk of one's own: "elle est venue quand même", "il a joué quand même"
      keep: (text, start, end) =>
        !cleared(text, start, end) &&
        !/(?<![\p{L}])(?:est|suis)\s+(?:venue?|allée?|sortie?|partie?)(?![\p{L}])|(?<![\p{L}])a\s+(?:joué|couru|nagé|continué)(?![\p{L}])/iu.test(
          text.slice(start, end),
        ),
      message,
    },
    {
      // "Remy a rien fait de mal", "Il n'a rien fait"; not "il n'a rien fait pour nous aider"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|[Ii]l|[Ee]lle)\s+(?:n['’])?a\s+rien\s+fait(?:\s+de\s+mal(?![\p{L}])|(?=\s*(?:[.!,;]|$)))`,
        'gu',
      ),
      hints: ['rien fait'],
      keep: (text, start, end) => !cleared(text, start, end),
      message,
    },
    {
      // "Он виноват", "она не виновата", "он невиновен": guilty or not, of a person
      pattern:
        /(?<![\p{L}])(?:[Оо]н|[Оо]на|[Оо]ни)\s+(?:не\s+)?(?:виноват[аы]?|невиновн?(?:ен|на|ы))(?![\p{L}])/gu,
      hints: ['винов'],
      // Not "не виноват, что опоздал" (not his fault he was late), "это я…", "только в том, что"
      keep: (text, start, end) =>
        !cleared(text, start, end) &&
        !/^\s*(?:,\s*(?:что|это\s+я)(?![\p{L}])|только(?![\p{L}])|в\s+(?:том|пробк))/iu.test(
          text.slice(end, end + 30),
        ),
      message,
    },
  ];
}
