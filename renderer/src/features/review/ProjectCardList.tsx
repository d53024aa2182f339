// The project cards of a bundle under review. A large bundle (the bench's has 10,000 projects) draws only the
// cards near the screen, measured as they draw; a small one draws every card, so reading and tabbing see all.
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import type { Project } from '../../../../shared/domain/projects';

/** Up to this many cards are all drawn; past it, only those near the screen. */
const drawnWhole = 40;

interface Props {
  projects: readonly Project[];
  card: (project: Project) => ReactNode;
}

export function ProjectCardList({ projects, card }: Props) {
  if (projects.length <= drawnWhole) return <>{projects.map((project) => card(project))}</>;
  return <VirtualCards projects={projects} card={card} />;
}

function VirtualCards({ projects, card }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const box = list.current?.getBoundingClientRect();
    if (box) setTop(box.top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: projects.length,
    estimateSize: () => 480,
    overscan: 3,
    scrollMargin: top,
  });
  return (
    <div
      ref={list}
      className="project-card-list"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const project = projects[item.index];
        if (!project) return null;
        return (
          <div
            key={project.id}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            {card(project)}
          </div>
        );
      })}
    </div>
  );
}
