// Small line icons drawn inline, so the app needs no icon font or remote image (the CSP allows neither).
import type { ReactNode } from 'react';

function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const SearchIcon = () => (
  <Icon>
    <circle cx="11" cy="11" r="6.5" />
    <path d="m16 16 4.5 4.5" />
  </Icon>
);

export const CloseIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M6 6l12 12M18 6 6 18" />
  </Icon>
);

export const OpenBesideIcon = () => (
  <Icon>
    <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
    <path d="M12 4.5v15M15.5 12h3M17 10.5v3" />
  </Icon>
);

export const EditIcon = () => (
  <Icon>
    <path d="M4 20h4L19 9l-4-4L4 16v4z" />
    <path d="m13.5 6.5 4 4" />
  </Icon>
);

export const ImportIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5" />
    <path d="M4.5 15.5v2.5a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2v-2.5" />
  </Icon>
);

export const SortIcon = ({ direction }: { direction: 'ascending' | 'descending' | 'none' }) => (
  <Icon size={12}>
    {direction === 'none' ? (
      <path d="m8 9 4-4 4 4M8 15l4 4 4-4" />
    ) : direction === 'ascending' ? (
      <path d="M12 19V5M6.5 10.5 12 5l5.5 5.5" />
    ) : (
      <path d="M12 5v14M6.5 13.5 12 19l5.5-5.5" />
    )}
  </Icon>
);

export const NotesIcon = () => (
  <Icon>
    <path d="M6 3.5h9l3.5 3.5v13.5H6z" />
    <path d="M9 11h6.5M9 14.5h6.5M9 18h4" />
  </Icon>
);

export const SettingsIcon = () => (
  <Icon>
    <path d="M4 7h9M17 7h3M4 17h3M11 17h9" />
    <circle cx="15" cy="7" r="2" />
    <circle cx="9" cy="17" r="2" />
  </Icon>
);

export const LibraryIcon = () => (
  <Icon>
    <path d="M4 5h4v14H4zM10 5h4v14h-4z" />
    <path d="m16 6 3.6-1 2.4 13.5-3.6 1z" />
  </Icon>
);

export const ColumnsIllustration = () => (
  <svg className="empty-illustration" viewBox="0 0 160 96" aria-hidden="true" focusable="false">
    <rect x="4" y="6" width="70" height="84" rx="6" />
    <rect x="86" y="6" width="70" height="84" rx="6" />
    <path d="M16 22h46M16 32h40M16 42h44M16 52h32M16 62h42M16 72h28" />
    <path d="M98 22h46M98 32h38M98 42h44M98 52h36M98 62h40M98 72h30" />
  </svg>
);

export const LinkScrollIcon = () => (
  <Icon>
    <path d="M7 4v16M17 4v16" />
    <path d="m4 8 3-3 3 3M14 16l3 3 3-3" />
  </Icon>
);

export const DoneIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="8.5" />
    <path d="m8.5 12.3 2.4 2.4 4.8-5" />
  </Icon>
);
