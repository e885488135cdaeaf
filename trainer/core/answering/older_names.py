"""Names written in an older romanisation, or a name before it changed: "Peking" is Beijing.

Chinese names reach English in Wade–Giles or postal spellings (Peking, Mao Tse-tung,
Kuomintang) and in pinyin (Beijing, Mao Zedong, Guomindang); a learner reads one in an
older book and the deck writes the other. Letter by letter they share too little for
`transliteration` to see one name, so the forms of each are listed. So with Indian cities
renamed since (Bombay, Mumbai): one city, whichever name the learner learnt; and with
the war its own time called the Great War and ours the First World War. A typed name
is read as the answer's form only where the answer writes another form of the same name,
so nothing typed comes to mean something the answer does not say.
"""

from __future__ import annotations

from functools import cache

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_runs import find_run

# Each line: the forms of one name, folded, separated by "|"; a hyphen folds to a space.
_NAMES = """
beijing | peking | peiping
nanjing | nanking
guangzhou | canton
tianjin | tientsin
chongqing | chungking
qingdao | tsingtao
xiamen | amoy
hangzhou | hangchow
suzhou | soochow
yan an | yenan
sichuan | szechuan | szechwan
shandong | shantung
jiangxi | kiangsi
guangdong | kwangtung
xinjiang | sinkiang
yangzi | yangtze
huang he | hwang ho
guomindang | kuomintang
mao zedong | mao tse tung | mao tsetung
zhou enlai | chou en lai
jiang jieshi | chiang kai shek
deng xiaoping | teng hsiao ping
lin biao | lin piao
zhu de | chu teh
liu shaoqi | liu shao chi
sun zhongshan | sun yat sen
laozi | lao tzu | lao tse
sunzi | sun tzu
kong fuzi | kung fu tzu
mumbai | bombay
chennai | madras
kolkata | calcutta
bengaluru | bangalore
pune | poona
varanasi | benares
first world war | great war | world war 1 | world war i | world war one
great war | ww1 | wwi
"""


@cache
def _forms() -> tuple[tuple[tuple[str, ...], ...], ...]:
    groups = []
    for line in _NAMES.strip().splitlines():
        groups.append(tuple(tuple(fold(form).split()) for form in line.split("|")))
    return tuple(groups)


@cache
def _first_words() -> frozenset[str]:
    return frozenset(form[0] for group in _forms() for form in group)


def names_as_the_answer_writes(expected: str, typed: str) -> str:
    """`typed` with each name the answer writes in one form, typed in another, written
    in the answer's form (folded words); `typed` itself where there is none."""
    typed_words = fold(typed).split()
    if _first_words().isdisjoint(typed_words):
        return typed  # most answers: no listed name at all
    expected_words = fold(expected).split()
    changed = False
    for group in _forms():
        written = next((form for form in group if find_run(expected_words, form) is not None), None)
        if written is None:
            continue
        for form in group:
            at = find_run(typed_words, form) if form != written else None
            if at is not None:
                typed_words[at : at + len(form)] = written
                changed = True
    return " ".join(typed_words) if changed else typed
