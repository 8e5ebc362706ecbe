import { useState, type ComponentProps } from 'react';
import { TextField } from '../../../components/ui/form-field';
import { EyeIcon, EyeOffIcon } from '../../../components/ui/icons';

type PasswordFieldProps = Omit<ComponentProps<typeof TextField>, 'type' | 'adornment'>;

/** A password input with a show / hide toggle (a typo is easier to see than to guess). */
export function PasswordField(props: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      adornment={
        <button
          type="button"
          className="field__toggle"
          aria-pressed={visible}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? <EyeOffIcon /> : <EyeIcon />}
          <span className="visually-hidden">Show password</span>
        </button>
      }
    />
  );
}
