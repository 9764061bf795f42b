type StatusTone = 'muted' | 'ok' | 'warn' | 'error';

interface StatusLineProps {
  text: string | null;
  tone?: StatusTone;
}

/** One line of status that screen readers announce when it changes. */
export function StatusLine({ text, tone = 'muted' }: StatusLineProps) {
  return (
    <p class={`status-line ${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {text ?? ''}
    </p>
  );
}
