import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/video-list/video-list.js';
import { FOREVER, mock, narrow, renderOf, sidebar } from './support.js';

// `<gov-video-list>`: the model page's "VIDEO HOẠT ĐỘNG" box (demo/data/video.json). Thumbnails are local
// files; nothing is requested from a video host until play is pressed (the links are placeholders).
const meta: Meta = {
  title: 'Elements/Video list',
  component: 'gov-video-list',
  render: renderOf('gov-video-list'),
  args: { src: 'data/video.json' },
};

export default meta;
type Story = StoryObj;

/** One player above the playlist, at a sidebar's width. */
export const Player: Story = { decorators: [sidebar] };

/** One player beside the playlist, at page width. */
export const PlayerWide: Story = {};

/** A grid of videos that play in place, with durations and dates. */
export const Grid: Story = { args: { layout: 'grid' } };

/** `limit="3"`. */
export const Limited: Story = { args: { limit: 3 }, decorators: [sidebar] };

/** A file on the portal's own server, a Vimeo link and a youtu.be link. */
export const SourceKinds: Story = { args: { src: 'story-data/video-tep.json', layout: 'grid' } };

/** English labels ("Videos", "Play video: …"), titles in English. */
export const English: Story = { args: { lang: 'en', src: 'data/en/video.json' }, decorators: [sidebar] };

/** Long Vietnamese titles (the model page's article as a video title) in the player and the playlist. */
export const LongVietnameseTitles: Story = { args: { src: 'story-data/video-dai.json' }, decorators: [sidebar] };

/** Long titles in the grid. */
export const LongTitlesGrid: Story = { args: { src: 'story-data/video-dai.json', layout: 'grid' } };

/** 320 px: the player, then the playlist. */
export const Narrow320: Story = { decorators: [narrow] };

/** 320 px, grid. */
export const Narrow320Grid: Story = { args: { layout: 'grid' }, decorators: [narrow] };

/** Loading, for ever. */
export const Loading: Story = { tags: ['loading'], args: { src: mock('never'), timeout: FOREVER }, decorators: [sidebar] };

/** No videos. */
export const Empty: Story = { tags: ['empty'], args: { src: 'story-data/rong.json' }, decorators: [sidebar] };

/** The server answers HTTP 404. */
export const ErrorHttp: Story = { tags: ['error'], args: { src: mock('status/404') }, decorators: [sidebar] };

/** An error in English. */
export const ErrorEnglish: Story = { tags: ['error'], args: { lang: 'en', src: mock('html') }, decorators: [sidebar] };
