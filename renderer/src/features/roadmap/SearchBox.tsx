// Search lessons, tasks, skills and your notes, skip notes and resources, offline, on every roadmap page.
// "/" focuses it; arrows and Enter choose a result.
import type MiniSearch from 'minisearch';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAllNotes } from '../../db/live';
import { useAllResources } from '../../db/live-search';
import { useAppStore } from '../../store/app-store';
import type { SearchDoc, SearchHit } from './search-index';
import type { RoadmapData } from './use-roadmap';

const kindLabel: Record<SearchHit['kind'], string> = {
  lesson: 'Lesson',
  task: 'Task',
  skill: 'Skill',
  note: 'Your note',
  skip: 'Your skip note',
  resource: 'Your resource',
};

export function SearchBox({ data }: { data: RoadmapData }) {
  const goTo = useAppStore((state) => state.goTo);
  const notes = useAllNotes();
  const resources = useAllResources();
  const [index, setIndex] = useState<MiniSearch<SearchDoc> | 'loading' | null>(null);
  const [engine, setEngine] = useState<typeof import('./search-index') | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const titleOf = useMemo(() => {
    const titles = new Map(data.items.map((item) => [item.id, item.title]));
    return (itemId: string) => titles.get(itemId) ?? itemId;
  }, [data.items]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (event.key === '/' && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const prepare = () => {
    if (index !== null) return;
    setIndex('loading');
    // The search engine and every lesson's text load only when someone searches.
    void import('./search-index').then(async (module) => {
      setEngine(module);
      setIndex(await module.buildContentIndex(data.curriculum));
    });
  };
  const hits =
    engine && index && index !== 'loading' && notes && resources
      ? engine.searchAll(index, { notes, resources, progress: data.progress.values(), titleOf }, query)
      : [];
  const open = (hit: SearchHit) => {
    setQuery('');
    if (hit.kind === 'skill') return goTo('roadmap', 'skill', hit.target);
    // A task has no page of its own: it opens its month, as do skip notes and resources on a task.
    const item = data.items.find((candidate) => candidate.id === hit.target);
    if (item?.kind === 'task') return goTo('roadmap', 'month', item.monthId);
    goTo('roadmap', 'lesson', hit.target);
  };

  return (
    <search className="search">
      <label htmlFor={id} className="visually-hidden">
        Search lessons, skills and notes
      </label>
      <input
        id={id}
        ref={input}
        type="search"
        placeholder="Search lessons, skills and notes  ( / )"
        value={query}
        onFocus={prepare}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter' && hits[active]) open(hits[active]);
          else if (event.key === 'Escape') setQuery('');
          else return;
          event.preventDefault();
        }}
        aria-controls={`${id}-results`}
        aria-activedescendant={hits[active] ? `${id}-${active}` : undefined}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-autocomplete="list"
      />
      {query.trim().length >= 2 && (
        <div id={`${id}-results`} className="search-results" role="listbox" aria-label="Search results">
          {index === 'loading' && <p className="muted">Building the search index…</p>}
          {index !== 'loading' && hits.length === 0 && <p className="muted">Nothing matches “{query}”.</p>}
          {hits.map((hit, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard.
            <div
              key={hit.id}
              id={`${id}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => open(hit)}
            >
              <span className="badge">{kindLabel[hit.kind]}</span> {hit.title}
            </div>
          ))}
        </div>
      )}
    </search>
  );
}
