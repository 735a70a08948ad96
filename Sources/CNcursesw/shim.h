#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H

/* Wide-character entry points (wget_wch, cchar_t, mvwaddnwstr) exist only with these set. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift cannot import these macros; expose them as functions. */
static inline unsigned int cn_A_NORMAL(void) { return A_NORMAL; }
static inline unsigned int cn_A_BOLD(void) { return A_BOLD; }
static inline unsigned int cn_A_REVERSE(void) { return A_REVERSE; }
static inline unsigned int cn_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline unsigned int cn_A_DIM(void) { return A_DIM; }
static inline int cn_COLOR_PAIR(int n) { return COLOR_PAIR(n); }
static inline int cn_has_colors(void) { return has_colors(); }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/* The mouse: its event bits are macros built from other macros, which Swift cannot import. */
static inline mmask_t cn_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_BUTTON1_RELEASED(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_BUTTON1_DOUBLE_CLICKED(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cn_BUTTON1_TRIPLE_CLICKED(void) { return BUTTON1_TRIPLE_CLICKED; }
static inline mmask_t cn_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }

/* Globals are errors in Swift 6 strict concurrency; read them through functions instead. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }

/* glibc hides wcwidth unless _XOPEN_SOURCE is set; the drawing code needs the width ncurses
   itself will use, so that every cell lands in the column the screen model expects. */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
