import { base64OfDataUrl } from '../approvals/decision-forms';

/**
 * Reads a chosen file whole, as the base64 the main process takes (a scan, a photo). Rejects when
 * the file cannot be read (moved, removed or unreadable since it was chosen).
 */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') resolve(base64OfDataUrl(reader.result));
      else reject(new Error('The file was not read as a data URL'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}
