"""Frequent function words of languages that the n-gram model could mistake for Kazakh, Russian or English.

The model knows only kk, ru and en, so a Turkish or German sentence would otherwise get one of those
labels. Words that are also Kazakh (Cyrillic, 2021 or informal Latin), Russian or English are left out on
purpose ("bir", "men", "ne", "de", "da", "die", "to", "no", Uzbek "juda" used in southern Kazakh), so a few of these words in a text are
evidence of another language. Written from general knowledge of each language, not from a corpus.
"""

OTHER_WORDS = frozenset(
    # German
    "der das und ist nicht ich ein eine einen mit von dem auf für auch sich wir haben habe sehr wie "
    "aber oder wenn heute noch schon kein keine sind wird werden mein dein ihr"
    # Turkish
    " ve bu için ile değil çok ama daha gibi var yok olarak kadar sonra şey mı mu mü bugün güzel teşekkür "
    "ederim evet hayır nasıl neden şimdi hiç oldu olan"
    # Uzbek (Latin)
    " va bilan uchun emas ular nima kerak yaxshi hozir lekin qilib"
    # French
    " le les est une des du je il elle nous vous que qui dans avec très où mais cette sont pas"
    # Spanish
    " los las es un una por para con muy mucho esta este está pero como dónde qué del se también gracias hola"
    # Italian
    " il di che è sono della questa questo molto anche ciao grazie"
    # Polish
    " nie jest się że jak ale bardzo od dla jestem tak dziękuję"
    # Ukrainian
    " що це ці він вона вони але або від дуже є ще вже тільки також щоб який яка які цей ця їх"
    # Kyrgyz (Kazakh has және, үшін, емес, енді)
    " жана үчүн эмес эле эмне бирок азыр эч кийин келет мындай ушул тууралуу"
    # Tatar (Kazakh has түгел too)
    " белән һәм өчен бик син бүген иде"
    .split()
)
