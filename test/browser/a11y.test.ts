// axe-core (vendored from npm as a dev dependency, its source injected into the page) on every page
// type of the docs site: each view of the explorer (with the panel open, all layers shown), the home
// page, guides with tables and pictures, the generated pages, the search with results and the API
// reference. No serious or critical violation is allowed.
import { describe, expect, it } from 'vitest';
import { openExplorer, PHONE, seriousViolations, useBrowser } from './support.js';

const session = useBrowser();

describe('axe-core finds no serious or critical violation', () => {
  it('on every view of the explorer', async () => {
    const page = await session.open();
    const views = [
      '',
      '#view=claims&claim=external-forces-sought-color-revolution&sel=cell:external-forces-sought-color-revolution|china-daily',
      '#view=claims&about=color-revolution&voice=attributed',
      '#view=speakers&speaker=xi-jinping',
      '#view=figures',
      '#view=read&article=rfa-2022-01-07-xi-praises-measures&layers=citation,technique,claim,label,figure,entity&sel=figure:rfa-arrested-3000',
      '#view=search&q=Tokayev',
    ];
    for (const hash of views) {
      await openExplorer(page, session.server, hash);
      expect(await seriousViolations(page), hash || 'overview').toEqual([]);
    }
    await page.setViewportSize(PHONE);
    await openExplorer(page, session.server, '#view=read&sel=figure:gt-arrested-7939');
    expect(await seriousViolations(page), 'read view on a phone').toEqual([]);
  });

  it('on the guides, the generated pages, the search and the API reference', async () => {
    const page = await session.open();
    for (const name of ['index.html', 'recipes.html', 'data-model.html', 'downloads.html', 'cli.html', 'search.html?q=color+revolution', 'api/index.html', 'api/functions/qantar-corpus.claimsAbout.html', 'api/interfaces/qantar-corpus.Figure.html']) {
      await page.goto(`${session.server.url}${name}`);
      if (name.startsWith('search')) await page.locator('#search-results li').first().waitFor();
      expect(await seriousViolations(page), name).toEqual([]);
    }
  });
});
