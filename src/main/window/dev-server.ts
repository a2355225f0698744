/** Hosts a development server may run on: this machine's loopback, never another computer. */
const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The renderer's dev server (`npm run dev` sets ELECTRON_RENDERER_URL), honoured only in a
 * development build and only at http://localhost:PORT or http://127.0.0.1:PORT. Its origin becomes a
 * trusted IPC sender and an allowed navigation, so a production build ignores the variable whatever
 * it holds: otherwise any page named there, on any computer, could drive the app's services.
 * `isDevelopmentBuild` is electron-vite's compile-time `import.meta.env.DEV`, passed in by index.ts.
 */
export function devServerUrlFrom(
  env: Readonly<Partial<Record<string, string>>>,
  isDevelopmentBuild: boolean,
): string | undefined {
  if (!isDevelopmentBuild) return undefined;
  const value = env.ELECTRON_RENDERER_URL;
  if (value === undefined || value === '') return undefined;
  const refusal = new Error(
    `ELECTRON_RENDERER_URL is ${JSON.stringify(value)}, but the dev server must be http://localhost:PORT or http://127.0.0.1:PORT on this machine. Unset it, or let \`npm run dev\` set it.`,
  );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refusal;
  }
  const isLoopback = url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname);
  if (!isLoopback || url.port === '' || url.username !== '' || url.password !== '') throw refusal;
  return url.href;
}
