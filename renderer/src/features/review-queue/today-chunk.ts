// The Today card as its own chunk: the scheduler (ts-fsrs) loads after the first screen, not with it.
export { TodayCard as default } from './TodayCard';
