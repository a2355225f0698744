/** Turns an fs error from a write into words a person can act on; the previous state is intact. */
export function describeWriteError(what: string, file: string, error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `${what} could not be saved: the disk holding ${file} is full. Nothing was changed; free some space, then try again.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `${what} could not be saved: no permission to write ${file}. Nothing was changed; check the data folder's permissions, then try again.`;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return `${what} could not be saved (${detail}). Nothing was changed; try again, and check the data folder if it keeps failing.`;
    }
  }
}
