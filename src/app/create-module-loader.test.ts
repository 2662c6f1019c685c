import { describe, expect, it, vi } from 'vitest';
import { createModuleLoader } from './create-module-loader';

describe('createModuleLoader', () => {
  it('imports once, however often it is asked, and then hands the module out synchronously', async () => {
    const module = { name: 'relations' };
    const importer = vi.fn(() => Promise.resolve(module));
    const loader = createModuleLoader(importer);
    expect(loader.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect([a, b]).toEqual([module, module]);
    await loader.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(loader.loaded()).toBe(module);
  });

  it('reports a failed import and tries again on the next load', async () => {
    const importer = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('module');
    const loader = createModuleLoader(importer);
    await expect(loader.load()).rejects.toThrow('offline');
    expect(loader.loaded()).toBeUndefined();
    await expect(loader.load()).resolves.toBe('module');
    expect(importer).toHaveBeenCalledTimes(2);
    expect(loader.loaded()).toBe('module');
  });
});
