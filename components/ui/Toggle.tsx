import type { ComponentChildren } from 'preact';

interface ToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  disabled?: boolean;
  /** Extra words for assistive technology when the visible label is short. */
  description?: string;
  id?: string;
}

/** An on/off switch: a native checkbox (keyboard and forms work as usual) announced as a switch. */
export function Toggle({ checked, onChange, children, disabled, description, id }: ToggleProps) {
  return (
    <label class="toggle" title={description}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-checked={checked}
        aria-description={description}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{children}</span>
    </label>
  );
}
