// The review session as its own chunk, loaded when the person opens it.
export { ReviewSession as default } from './ReviewSession';
