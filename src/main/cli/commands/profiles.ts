import { ROLES, type Role, roleSchema } from '../../../shared/profiles/profile';
import { AuditTrail } from '../../audit/audit-trail';
import { Journal } from '../../journal/journal';
import { ProfileService } from '../../profiles/profile-service';
import type { CliContext } from '../cli-context';
import { CliUsageError, passphraseFrom } from '../passphrase-input';

export async function profilesList(context: CliContext): Promise<number> {
  const profiles = await ProfileService.open(await context.readFolder(), { quarantine: false });
  context.io.out(JSON.stringify(profiles.list(), null, 2));
  return 0;
}

export async function profilesAdd(context: CliContext): Promise<number> {
  const name = context.options.name;
  if (typeof name !== 'string') throw new CliUsageError('Name the profile: --name NAME.');
  const roles = parseRoles(context.options.roles);
  const profile = await context.asWriter(
    'profiles add',
    async (folder, actor) => {
      const passphrase = await passphraseFrom(
        'SOCIAL_DESK_NEW_PASSPHRASE',
        `New passphrase for ${name}: `,
      );
      const { journal } = await Journal.open(folder);
      try {
        const profiles = await ProfileService.open(folder, { audit: new AuditTrail(journal) });
        return await profiles.add({ name, roles, passphrase }, actor);
      } finally {
        await journal.close();
      }
    },
    // The very first profile is made before anyone can sign in.
    { profileOptional: async (folder) => (await ProfileService.open(folder)).isEmpty() },
  );
  context.io.out(JSON.stringify(profile, null, 2));
  return 0;
}

function parseRoles(option: string | boolean | undefined): Role[] {
  if (typeof option !== 'string' || option.trim() === '') {
    throw new CliUsageError(`Give the roles: --roles r1,r2 (from ${ROLES.join(', ')}).`);
  }
  return option.split(',').map((role) => {
    const parsed = roleSchema.safeParse(role.trim());
    if (!parsed.success)
      throw new CliUsageError(`"${role.trim()}" is not a role: use ${ROLES.join(', ')}.`);
    return parsed.data;
  });
}
