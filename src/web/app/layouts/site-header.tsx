import { Link, useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { SEARCH_TEXT_MAX } from '../../../contracts/search-rules';
import { CartIcon, SearchIcon, UserIcon } from '../../components/ui/icons';
import { AccountMenu } from '../../features/auth/components/account-menu';
import { safeRedirect, useRestoringSession } from '../../features/auth/session';
import { useAccessToken } from '../../lib/use-access-token';
import { StoreBrand } from '../../features/store/components/store-brand';

function SearchForm() {
  const navigate = useNavigate();
  const inputId = useId();
  const currentQuery = useSearch({ strict: false, select: (search) => search.q }) ?? '';
  const [text, setText] = useState(currentQuery);
  const [shownQuery, setShownQuery] = useState(currentQuery);

  // Follow the URL (back button, a chip, a new search) without an effect.
  if (shownQuery !== currentQuery) {
    setShownQuery(currentQuery);
    setText(currentQuery);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate({ to: '/search', search: { q: text.trim() || undefined } });
  }

  // A plain GET form, so searching works before the script has loaded.
  return (
    <form role="search" className="search-form" action="/search" method="get" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        Search products
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        placeholder="Search products"
        maxLength={SEARCH_TEXT_MAX}
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="search-form__submit">
        <SearchIcon />
        <span className="visually-hidden">Search</span>
      </button>
    </form>
  );
}

/** Signed in: the account menu. Restoring the session: a plain link (it resolves in a moment).
 * Signed out: "Sign in", which comes back to this page afterwards. */
function AccountControl() {
  const signedIn = useAccessToken() !== null;
  const restoring = useRestoringSession();
  const href = useLocation({ select: (location) => location.href });

  if (signedIn) return <AccountMenu />;
  if (restoring) {
    return (
      <Link to="/account" className="header-nav__link">
        <UserIcon />
        <span>Account</span>
      </Link>
    );
  }
  return (
    <Link
      to="/sign-in"
      search={{ redirect: href === '/' ? undefined : safeRedirect(href) }}
      className="header-nav__link"
    >
      <UserIcon />
      <span>Sign in</span>
    </Link>
  );
}

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <StoreBrand />
        </Link>
        <SearchForm />
        <nav aria-label="Your shopping" className="header-nav">
          <Link to="/cart" className="header-nav__link">
            <CartIcon />
            <span>Cart</span>
          </Link>
          <AccountControl />
        </nav>
      </div>
    </header>
  );
}
