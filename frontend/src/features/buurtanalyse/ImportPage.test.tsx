import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { coordinator, fieldWorker, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { rejectedImport } from './testData';

const history = { items: [], total: 0 };

describe('Importing open data', () => {
  beforeEach(() => startSession(tokens()));

  it('reports every rejected line when a file is not imported', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/buurtanalyse/imports': () => json(history),
      'POST /api/v1/buurtanalyse/imports': () =>
        json(
          {
            title: 'The file was not imported.',
            status: 422,
            detail: 'Nothing was imported: 1 line(s) were rejected.',
            import: rejectedImport,
          },
          422,
        ),
    });
    const { user } = renderApp('/buurtanalyse/import');

    await user.selectOptions(await screen.findByLabelText('Soort bestand'), 'IndicatorValues');
    await user.upload(
      screen.getByLabelText('Bestand'),
      new File(['sector_code,year'], 'indicatoren.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Importeren' }));

    const report = await screen.findByRole('alert');
    expect(report).toHaveTextContent('indicatoren.csv is niet ingelezen.');
    const lines = within(report).getByRole('table', { name: '1 geweigerde regel' });
    expect(within(lines).getByRole('row', { name: /3/ })).toHaveTextContent(
      "'veel' is not a number",
    );
    const post = fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'POST');
    const form = await post?.formData();
    expect(form?.get('kind')).toBe('IndicatorValues');
    expect(form?.has('year')).toBe(false);
  });

  it('takes the year of a population file from its name and confirms the import', async () => {
    let sent: FormData | undefined;
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/buurtanalyse/imports': () => json(history),
      'POST /api/v1/buurtanalyse/imports': async (request) => {
        sent = await request.formData();
        return json(
          {
            ...rejectedImport,
            status: 'Succeeded',
            fileName: 'OPENDATA_SECTOREN_2024.txt',
            rejectedRows: 0,
            storedValues: 4,
            rejections: [],
          },
          201,
        );
      },
    });
    const { user } = renderApp('/buurtanalyse/import');

    await user.upload(
      await screen.findByLabelText('Bestand'),
      new File(['x'], 'OPENDATA_SECTOREN_2024.txt'),
    );
    expect(screen.getByLabelText('Jaar')).toHaveValue(2024);
    await user.click(screen.getByRole('button', { name: 'Importeren' }));

    expect(
      await screen.findByText(/OPENDATA_SECTOREN_2024.txt is ingelezen: 2 regels, 4 waarden/),
    ).toBeInTheDocument();
    expect(sent?.get('year')).toBe('2024');
    expect(sent?.get('kind')).toBe('Population');
  });

  it('explains to a field worker that only coordinators and analysts import', async () => {
    mockApi({ 'GET /api/v1/me': () => json(fieldWorker) });
    renderApp('/buurtanalyse/import');

    expect(
      await screen.findByText('Alleen coördinatoren en analisten kunnen open data importeren.'),
    ).toBeInTheDocument();
  });
});
