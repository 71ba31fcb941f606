// Start-up: choose the client once, then render the window.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/api-context';
import { createReaderClient } from './api/client';
import { App } from './App';
import './styles/theme.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/article.css';
import './styles/import.css';
import './styles/annotations.css';
import './styles/settings.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={createReaderClient()}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
