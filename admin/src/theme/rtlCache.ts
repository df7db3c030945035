// The right-to-left emotion cache, as MUI documents it: vendor prefixing, then flipping left/right.
import createCache from "@emotion/cache";
import { prefixer } from "stylis";
import rtlPlugin from "stylis-plugin-rtl";

export const createRtlCache = () => createCache({ key: "muirtl", stylisPlugins: [prefixer, rtlPlugin] });
