// Frequent function words, folded (أن and ان are one entry) and stemmed as the
// index stems them: they say nothing of what an article is about.
import { stemWord } from './stem.js';

const WORDS =
  'في من علي الي عن مع ان او ما لا لم لن قد هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت يكون ' +
  'بين حيث كل بعد قبل عند منذ حتي اذا الا انه انها لها له ثم كما ايضا غير بعض اي وقد وكان وهو وهي ' +
  'the and for are but not you all any can had her was one our out has him his how its may new now old see two way who did get let put say she too use that with have this will your from they been were what when which there their than then them into more some such only also over most very just';

export const STOP_STEMS: ReadonlySet<string> = new Set(WORDS.split(' ').map(stemWord));
