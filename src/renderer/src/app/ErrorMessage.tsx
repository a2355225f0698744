import type { DeskError } from '../../../shared/result';

/** Errors from the main process already say what went wrong and what to do: show them whole. */
export function ErrorMessage({ error }: { readonly error: DeskError }) {
  return (
    <div role="alert" className="error-message">
      <p>{error.message}</p>
    </div>
  );
}
