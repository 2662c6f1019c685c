// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ModelOriginNotice } from './model-origin-notice.tsx';

const APP = 'https://parley.example';

afterEach(cleanup);

describe('ModelOriginNotice', () => {
  it('names the host of a model from another origin in a note', () => {
    render(<ModelOriginNotice modelUrl="https://models.example/m/ceasefire.json" appOrigin={APP} trustedOrigins={[]} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Model from models.example');
    expect(screen.getByRole('link', { name: 'Open the model file' }).getAttribute('href')).toBe('https://models.example/m/ceasefire.json');
  });

  it('shows nothing for a model on the app’s own origin', () => {
    const { container } = render(<ModelOriginNotice modelUrl="data/other.json" appOrigin={APP} trustedOrigins={[]} />);
    expect(container.textContent).toBe('');
  });

  it('shows nothing for a model from a trusted origin', () => {
    render(<ModelOriginNotice modelUrl="https://models.example/m.json" appOrigin={APP} trustedOrigins={['https://models.example']} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows nothing for the bundled model', () => {
    render(<ModelOriginNotice appOrigin={APP} trustedOrigins={[]} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows the real host, not a trusted name hidden in the user-info part', () => {
    render(<ModelOriginNotice modelUrl="https://parley.example@evil.test/m.json" appOrigin={APP} trustedOrigins={[]} />);
    expect(screen.getByRole('note').textContent).toContain('Model from evil.test');
  });

  it('shows an international look-alike host in its punycode form', () => {
    render(<ModelOriginNotice modelUrl="https://раrley.example/m.json" appOrigin={APP} trustedOrigins={[]} />);
    expect(screen.getByRole('note').textContent).toMatch(/Model from xn--/);
  });

  it('says when the model is a local file the reader opened', () => {
    render(<ModelOriginNotice fileName="draft.json" appOrigin={APP} trustedOrigins={[]} />);
    expect(screen.getByRole('note').textContent).toContain('Model from draft.json');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
