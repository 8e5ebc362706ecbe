import { Link, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { ChevronDownIcon, UserIcon } from '../../../components/ui/icons';
import { genericMessage } from '../../../lib/api-errors';
import { useCurrentUser } from '../api/get-me';
import { useSignOut } from '../api/sign-out';
import { endLocalSession, isProtectedPath } from '../session';

function firstName(fullName: string | undefined): string | undefined {
  return fullName?.trim().split(/\s+/)[0] || undefined;
}

/**
 * The header's signed-in control: the user's first name opening a small menu (a disclosure:
 * plain links and a button, so it reads naturally and needs no arrow-key roving).
 */
export function AccountMenu() {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const pathname = useLocation({ select: (location) => location.pathname });
  const [open, setOpen] = useState(false);
  const [shownPath, setShownPath] = useState(pathname);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const name = firstName(user.data?.fullName);

  // Any navigation closes the menu (without an effect).
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  async function handleSignOut() {
    if (signOut.isPending) return;
    try {
      await signOut.mutateAsync();
    } catch {
      // The server did not end the session: this device stays signed in and says so (below),
      // rather than looking signed out while the session and its refresh cookie still work.
      return;
    }
    setOpen(false);
    endLocalSession();
    // A protected page has nothing left to show; any other page stays where it is.
    if (isProtectedPath(pathname)) await navigate({ to: '/' });
  }

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-nav__link account-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <UserIcon />
        <span className="account-menu__name">{name ?? 'Account'}</span>
        {name && <span className="visually-hidden">, your account</span>}
        <ChevronDownIcon />
      </button>
      <div id={menuId} className="account-menu__panel" hidden={!open}>
        {user.data && (
          <p className="account-menu__who">
            Signed in as <strong>{user.data.email}</strong>
          </p>
        )}
        <ul>
          <li>
            <Link to="/account" activeOptions={{ exact: true }} className="account-menu__item" onClick={() => setOpen(false)}>
              Your account
            </Link>
          </li>
          <li>
            <Link to="/account/security" className="account-menu__item" onClick={() => setOpen(false)}>
              Sign-in &amp; security
            </Link>
          </li>
          {(user.data?.role === 'seller' || user.data?.role === 'admin') && (
            <li>
              <Link to="/seller" className="account-menu__item" onClick={() => setOpen(false)}>
                Seller center
              </Link>
            </li>
          )}
          {user.data?.role === 'admin' && (
            <li>
              <Link to="/admin" className="account-menu__item" onClick={() => setOpen(false)}>
                Admin console
              </Link>
            </li>
          )}
          <li>
            <button
              type="button"
              className="account-menu__item"
              aria-disabled={signOut.isPending || undefined}
              onClick={() => void handleSignOut()}
            >
              {signOut.isPending ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
        {signOut.error && (
          <Alert tone="error" title="We could not sign you out">
            <p>{genericMessage(signOut.error)}</p>
            <p>
              Your session is still active on the server. Try again, or sign out every device on the{' '}
              <Link to="/account/security" onClick={() => setOpen(false)}>
                Sign-in &amp; security
              </Link>{' '}
              page.
            </p>
          </Alert>
        )}
      </div>
    </div>
  );
}
