// Settings: where data lives, which edition is running, backups, and the optional LLM feedback.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { CohortSettingsCard } from '../cohort/CohortSettingsCard';
import { NewCardsSettingsCard } from '../review-queue/NewCardsSettingsCard';
import { BackupsCard } from './BackupsCard';
import { LlmSettingsCard } from './LlmSettingsCard';
import { SettingsLede } from './SettingsLede';

export function SettingsPage() {
  const notify = useAppStore((state) => state.notify);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    desktopApi()
      .getAppInfo()
      .then((result) => (result.ok ? setInfo(result.value) : notify('error', result.error.message)));
  }, [notify]);
  useFirstScreenReady(true);
  return (
    <>
      <header className="page-header">
        <h1>Settings</h1>
        <SettingsLede />
      </header>
      <div className="two-columns">
        <section className="card" aria-labelledby="about-heading">
          <h2 id="about-heading">About this copy</h2>
          {info ? (
            <dl className="facts">
              <dt>Version</dt>
              <dd>{info.version}</dd>
              <dt>Edition</dt>
              <dd>
                {info.edition === 'desktop'
                  ? 'Desktop (Electron)'
                  : 'Browser edition (local host on 127.0.0.1)'}
              </dd>
              {info.origin && (
                <>
                  <dt>Address</dt>
                  <dd>
                    <code>{info.origin}</code>
                    <span className="muted small"> (your browser keeps this copy’s data under it)</span>
                  </dd>
                </>
              )}
              <dt>Data folder</dt>
              <dd>
                <code>{info.dataDir}</code>
              </dd>
              {info.secretStorageNote && (
                <>
                  <dt>Secrets</dt>
                  <dd>{info.secretStorageNote}</dd>
                </>
              )}
            </dl>
          ) : (
            <p className="muted">Loading…</p>
          )}
          {info?.originWarning && (
            <p className="field-error" role="alert">
              {info.originWarning}
            </p>
          )}
        </section>
        <div>
          <BackupsCard />
          <LlmSettingsCard />
          <CohortSettingsCard />
          <NewCardsSettingsCard />
        </div>
      </div>
    </>
  );
}
