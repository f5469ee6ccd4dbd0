export { type FeedRow } from './feedRow.ts';
export { addFeed, removeFeed, listFeeds, readFeed, readDueFeeds, readNextPollAt } from './feedSubscriptions.ts';
export { recordFeedPoll, linkFeedArticles, setFeedNextPoll, type FeedPollRecord } from './recordFeedPoll.ts';
