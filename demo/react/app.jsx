// The React page: the wrappers from `ma-widgets/react` in a small app. The
// demo server bundles it (esbuild, JSX) from the npm build in dist/.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import * as Widgets from 'ma-widgets/react';

// Every wrapper the package exports, looked up by name, so the page renders
// whichever widgets this build has.
const W = { ...Widgets };

function App() {
  const [ids, setIds] = useState(['example-valley-college-associate', 'sample-ridge-technical-institute-certificate']);
  const [picked, setPicked] = useState('');
  return (
    <>
      {W.MaGetMatched && (
        <div className="slot">
          <W.MaGetMatched onMatchComplete={(e) => setPicked(`${e.detail.ids.length} matches`)} />
        </div>
      )}
      {W.MaProgramFinder && (
        <div className="slot">
          <W.MaProgramFinder onCompareChange={(e) => setIds(e.detail.ids)} onProgramSelect={(e) => setPicked(e.detail.id)} />
        </div>
      )}
      {W.MaProgramCompare && (
        <div className="slot">
          <W.MaProgramCompare programs={ids.join(',')} onCompareChange={(e) => setIds(e.detail.ids)} />
        </div>
      )}
      <p>
        Compared in React state: <output data-testid="react-ids">{ids.join(', ') || 'none'}</output>
        {picked && <> · last event: <output>{picked}</output></>}
      </p>
      {W.MaSalaryTable && (
        <div className="slot">
          <W.MaSalaryTable table="payscale-career-stage" />
        </div>
      )}
      {W.MaCareerExplorer && (
        <div className="slot">
          <W.MaCareerExplorer start="medical-assistants" />
        </div>
      )}
    </>
  );
}

createRoot(document.getElementById('react-root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
