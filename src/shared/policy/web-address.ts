/** A web address's host (without "www.") and path (without trailing slashes), both lower case. */
export interface WebAddress {
  readonly host: string;
  readonly path: string;
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end -= 1;
  return path.slice(0, end);
}

/** Reads an address as people write it, with or without "https://"; undefined if it is none. */
export function webAddress(url: string): WebAddress | undefined {
  const trimmed = url.trim();
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return {
      host: parsed.hostname.toLowerCase().replace(/^www\./, ''),
      path: withoutTrailingSlashes(parsed.pathname).toLowerCase(),
    };
  } catch {
    return undefined;
  }
}
