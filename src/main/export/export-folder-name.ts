/**
 * A folder name from the request's name and the day: "PRR 2026-114" on 3 December 2026 gives
 * "PRR-2026-114-export-2026-12-03". Only letters, digits, dots, dashes and underscores, so it is
 * a valid name on every system and cannot climb out of the chosen folder.
 */
export function exportFolderName(request: string, now: Date): string {
  const name = request
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|-+$/g, '')
    .slice(0, 80);
  return `${name || 'records'}-export-${now.toISOString().slice(0, 10)}`;
}
