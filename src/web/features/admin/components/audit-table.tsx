import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import type { AuditRecord } from '../../../../contracts/audit';
import { formatDateTime } from '../../../lib/format-date';
import { OutcomeBadge } from './badges';

const SHORT_VALUE = 48;

/** One line per detail: plain values as they are, nested ones as JSON, long ones cut short. */
function compactValue(value: unknown): string {
  const text =
    value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > SHORT_VALUE ? `${text.slice(0, SHORT_VALUE - 1)}…` : text;
}

function Details({ record }: { record: AuditRecord }) {
  const entries = Object.entries(record.details ?? {});
  return (
    <>
      {entries.length > 0 && (
        <dl className="admin-details">
          {entries.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{compactValue(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <details className="admin-disclosure">
        <summary>Full record</summary>
        <pre>
          {JSON.stringify({ userAgent: record.userAgent, targetId: record.targetId, details: record.details }, null, 2)}
        </pre>
      </details>
    </>
  );
}

/** `text` that may break after each `separator` (an IPv6 address at its colons), and nowhere else. */
function Breakable({ text, separator }: { text: string; separator: string }) {
  return text.split(separator).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          <wbr />
          {separator}
        </>
      )}
      {part}
    </Fragment>
  ));
}

function Actor({ record }: { record: AuditRecord }) {
  const who = record.actorEmail ? <Breakable text={record.actorEmail} separator="@" /> : undefined;
  if (!record.actorId) return <span className="muted">{who ?? 'Anonymous'}</span>;
  return (
    <Link to="/admin/users/$userId" params={{ userId: record.actorId }}>
      {who ?? record.actorId}
    </Link>
  );
}

function Target({ record }: { record: AuditRecord }) {
  if (!record.targetType || !record.targetId) return <span className="muted">—</span>;
  if (record.targetType === 'user') {
    return (
      <Link to="/admin/users/$userId" params={{ userId: record.targetId }}>
        User
      </Link>
    );
  }
  return <span>{record.targetType}</span>;
}

/** The log, newest first: when, what, how it ended, who, on what, from where, and the particulars. */
export function AuditTable({ records, busy }: { records: AuditRecord[]; busy: boolean }) {
  return (
    <div className="admin-table-wrap" role="region" aria-label="Audit records" tabIndex={0}>
      <table className="admin-table admin-table--dense" aria-busy={busy || undefined}>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
            <th scope="col">Actor</th>
            <th scope="col">Target</th>
            <th scope="col">IP</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.id}>
              <td className="admin-when">
                <time dateTime={record.at}>{formatDateTime(record.at)}</time>
              </td>
              <th scope="row">
                <code className="admin-code">{record.action}</code>
              </th>
              <td>
                <OutcomeBadge outcome={record.outcome} />
              </td>
              <td className="admin-actor">
                <Actor record={record} />
              </td>
              <td>
                <Target record={record} />
              </td>
              <td className="admin-ip">{record.ip ? <Breakable text={record.ip} separator=":" /> : <span className="muted">—</span>}</td>
              <td className="admin-details-cell">
                <Details record={record} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
