import type { ReactNode } from 'react';

interface ConfirmDeleteProps {
  /** Names what is deleted, for the group around the question and its buttons. */
  label: string;
  question: string;
  confirm: string;
  cancel: string;
  pending: boolean;
  /** Why deleting was refused, shown above the buttons. */
  error?: ReactNode;
  className?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks whether to delete something, with a button that does and one that leaves it. */
export function ConfirmDelete({
  label,
  question,
  confirm,
  cancel,
  pending,
  error,
  className,
  onConfirm,
  onCancel,
}: ConfirmDeleteProps) {
  return (
    <div role="group" className={className} aria-label={label}>
      <p>{question}</p>
      {error}
      <div className="actions">
        <button type="button" className="button" disabled={pending} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </div>
  );
}
