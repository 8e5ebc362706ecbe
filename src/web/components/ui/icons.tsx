// Decorative icons: each sits next to visible text, so screen readers skip them.
const iconProps = {
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export function SearchIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}

export function CartIcon() {
  return (
    <svg {...iconProps}>
      <path d="M3 4h2l2.4 11.2a1 1 0 0 0 1 .8h9.2a1 1 0 0 0 1-.8L20 8H6" />
      <circle cx="9" cy="20" r="1" />
      <circle cx="17" cy="20" r="1" />
    </svg>
  );
}

export function UserIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </svg>
  );
}

export function ImageIcon() {
  return (
    <svg {...iconProps} width={40} height={40} strokeWidth={1.5}>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="m21 16-5-5-9 9" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...iconProps} width={16} height={16} strokeWidth={3}>
      <path d="m5 12 5 5L20 7" />
    </svg>
  );
}

export function DotIcon() {
  return (
    <svg {...iconProps} width={16} height={16}>
      <circle cx="12" cy="12" r="3" fill="currentColor" />
    </svg>
  );
}

export function CrossIcon() {
  return (
    <svg {...iconProps} width={16} height={16} strokeWidth={3}>
      <path d="M18 6 6 18M6 6l12 12" />
    </svg>
  );
}

export function EyeIcon() {
  return (
    <svg {...iconProps}>
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
    </svg>
  );
}

export function EyeOffIcon() {
  return (
    <svg {...iconProps}>
      <path d="M10.6 5.1A10 10 0 0 1 12 5c6.5 0 10 7 10 7a17 17 0 0 1-3 3.9M6.6 6.6C3.8 8.4 2 12 2 12s3.5 7 10 7a9.7 9.7 0 0 0 5.4-1.6" />
      <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2M3 3l18 18" />
    </svg>
  );
}

export function ChevronDownIcon() {
  return (
    <svg {...iconProps} width={16} height={16}>
      <path d="m6 9 6 6 6-6" />
    </svg>
  );
}

export function DesktopIcon() {
  return (
    <svg {...iconProps} width={28} height={28} strokeWidth={1.75}>
      <rect x="2" y="4" width="20" height="13" rx="2" />
      <path d="M8 21h8M12 17v4" />
    </svg>
  );
}

export function PhoneIcon() {
  return (
    <svg {...iconProps} width={28} height={28} strokeWidth={1.75}>
      <rect x="6" y="2" width="12" height="20" rx="2" />
      <path d="M11 18h2" />
    </svg>
  );
}

export function TabletIcon() {
  return (
    <svg {...iconProps} width={28} height={28} strokeWidth={1.75}>
      <rect x="4" y="2" width="16" height="20" rx="2" />
      <path d="M11 18h2" />
    </svg>
  );
}

export function UnknownDeviceIcon() {
  return (
    <svg {...iconProps} width={28} height={28} strokeWidth={1.75}>
      <rect x="3" y="3" width="18" height="18" rx="3" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5h.01" />
    </svg>
  );
}

export function MailIcon() {
  return (
    <svg {...iconProps} width={40} height={40} strokeWidth={1.5}>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </svg>
  );
}
