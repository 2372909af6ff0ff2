export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The id of the element naming what the switch turns on and off. */
  labelledBy: string;
  disabled?: boolean;
  describedBy?: string;
}

/** An on/off switch: a real checkbox (keyboard and form behaviour for free) announced as a switch. */
export function Switch({ checked, onChange, labelledBy, disabled = false, describedBy }: SwitchProps) {
  return (
    <input
      type="checkbox"
      role="switch"
      className="quid-switch"
      checked={checked}
      disabled={disabled}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
