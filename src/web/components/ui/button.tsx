import type { ComponentPropsWithRef } from 'react';

type Variant = 'primary' | 'secondary';

/** Shared with links that should look like buttons. */
export function buttonClassName(variant: Variant = 'primary'): string {
  return `button button--${variant}`;
}

type ButtonProps = ComponentPropsWithRef<'button'> & { variant?: Variant };

export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  const classes = className ? `${buttonClassName(variant)} ${className}` : buttonClassName(variant);
  return <button type={type} className={classes} {...props} />;
}
