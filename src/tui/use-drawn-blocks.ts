// Code blocks and tables drawn by marked-terminal, loaded only for an article
// that has one; until they are drawn, the reader shows them plain.
import { useEffect, useState } from 'react';
import type { Article } from '../article/model.js';
import { drawLtrBlocks, ltrBlocksOf, type DrawnBlocks } from '../document/ltr-blocks.js';

const NONE: DrawnBlocks = new Map();

export function useDrawnBlocks(article: Article, width: number): DrawnBlocks {
  const [drawn, setDrawn] = useState<DrawnBlocks>(NONE);
  useEffect(() => {
    if (ltrBlocksOf(article).length === 0) return;
    let current = true;
    drawLtrBlocks(article, width).then(
      (blocks) => current && setDrawn(blocks),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [article, width]);
  return drawn;
}
