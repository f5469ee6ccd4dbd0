import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { graphiqlFetcher } from './graphiqlFetcher.ts';

// GraphiQL bundled from npm (no CDN): the IDE works on a machine with no internet.
const container = document.getElementById('graphiql');
if (!container) throw new Error('graphiql.html has no #graphiql element');
createRoot(container).render(
  <GraphiQL
    fetcher={graphiqlFetcher('/graphql')}
    defaultQuery={`# newsgraph GraphQL API — every field is documented in the Docs panel.\n{\n  stats {\n    __typename\n  }\n}\n`}
  />,
);
