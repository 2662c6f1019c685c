import { describe, expect, it } from 'vitest';
import { layoutLinkPath } from './layout-link-path';

describe('layoutLinkPath', () => {
  it('draws a horizontal cubic with control points halfway across in x', () => {
    expect(layoutLinkPath({ x: 0, y: 0 }, { x: 100, y: 40 })).toBe('M0,0C50,0,50,40,100,40');
  });

  it('draws a vertical cubic when the points are further apart in y', () => {
    expect(layoutLinkPath({ x: 10, y: 0 }, { x: 30, y: 100 })).toBe('M10,0C10,50,30,50,30,100');
  });

  it('honours an explicit orientation', () => {
    expect(layoutLinkPath({ x: 10, y: 0 }, { x: 30, y: 100 }, 'horizontal')).toBe('M10,0C20,0,20,100,30,100');
  });
});
