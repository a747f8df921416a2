package entity

import "strings"

// functionWords are closed-class words and very frequent news words that
// never start or continue a personal name: prepositions, conjunctions,
// pronouns, determiners, numerals, time words, auxiliaries and the verbs
// that close news sentences. A token in this set ends a name.
var functionWords = setOf(`
از به با در بر برای تا که و یا اما ولی نیز هم را چون اگر پس پیش بعد قبل پیرامون درباره
میان بین روی زیر سوی نزد جز مانند همچون همچنین سپس چرا چه چگونه کجا کی آیا نه بلکه
این آن همین همان چنین چنان هر همه هیچ چند برخی بعضی دیگر خود خویش ما من تو شما آنها آنان
یکی کسی چیزی جایی همگی الهی
وی او ایشان اینجا آنجا اکنون حال هنوز نیز فقط تنها حتی باید نباید شاید
یک دو سه چهار پنج شش هفت هشت نه ده صد هزار میلیون میلیارد نخست اول دوم سوم
روز امروز دیروز فردا امشب صبح ظهر عصر شب ماه سال هفته ساعت دقیقه بار
شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه
فروردین اردیبهشت خرداد تیر مرداد شهریور آبان آذر دی بهمن اسفند
ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
است هست هستم هستی هستند نیستم نیستند بود شد کرد گفت افزود داد دارد داشت کند کنند شود شوند باشد بودند کردند شدند گفتند
نمود کرده شده بوده داده گفته نوشت خواند خواهد خواهند نیست نبود هست هستند بودن
اظهار تاکید تصریح اعلام ادامه بیان اشاره دیدار ملاقات گفت‌وگو گفتگو سفر حضور نشست
همتای همتا طرف طرفین مقام مقامات هیئت هیات خبرنگار خبرنگاران گزارش خبرگزاری منابع
رغم علیه ضد طبق طی ضمن مورد جمله مقابل برابر کنار نظر توجه دنبال عنوان
صریحا قبلا اخیرا دقیقا کاملا واقعا رسما عملا مجددا اساسا حتما لزوما شدیدا مستقیما تقریبا فعلا ضمنا
اتفاقا نسبتا احتمالا اصلا ظاهرا بعدا اولا ثانیا قطعا بعضا غالبا معمولا اکثرا کلا جدا
`)

// roleNouns head role phrases; they end a name even when the role phrase
// they start is not listed («مراد آیدین وزیر تجارت»).
var roleNouns = setOf(`وزیر وزرای رئیس روسای معاون سفیر نماینده سخنگو سخنگوی دبیرکل مدیرکل مدیر دبیر مشاور
فرمانده رهبر نخست‌وزیر رئیس‌جمهور عضو اعضای کارشناس استاندار شهردار فرماندار دادستان قاضی
نایب هیئت هیات همتای همتا مقام مسئول سرپرست`)

// titleParts continue an honorific: «آیت‌الله العظمی», «حجت‌الاسلام
// والمسلمین», «سید» in «حجت‌الاسلام سید».
var titleParts = setOf(`العظمی والمسلمین`)

// pronouns are the personal pronouns that refer to a person already
// mentioned.
var pronouns = setOf(`وی او ایشان`)

// nameParticles join the parts of an Arabic name: «فیصل بن فرحان»,
// «عبدالله آل سعود», «ابو محمد».
var nameParticles = setOf(`بن ابن بنت آل ابو ابی`)

// homeWords refer to the home country of an Iranian news text: «کشورمان»
// ("our country").
var homeWords = setOf("کشورمان میهنمان میهن\u200cمان کشور\u200cمان")

// countryCues precede a country name and are evidence that an ambiguous
// word («مالی») names a country: «کشور مالی», «دولت مالی».
var countryCues = setOf(`کشور کشورهای دولت دولتهای دولت‌های ملت مردم پایتخت سفیر سفارت سفیران رئیس‌جمهور
نخست‌وزیر پادشاه وزیر وزیران وزرای سفر مقامات مقام`)

// locationCues precede a place name: «شهر دوشنبه», «به مقصد دوشنبه».
var locationCues = setOf(`شهر شهرهای پایتخت استان بندر منطقه مقصد فرودگاه`)

// orgCues precede an organization's name: «خبرگزاری مهر».
var orgCues = setOf(`خبرگزاری خبرنگار روزنامه پایگاه شبکه سایت نشریه هفته‌نامه ماهنامه گزارش حزب سازمان شرکت`)

// facilityCues name streets, buildings and institutions, which are often
// named after people: the name that follows is part of a place name.
var facilityCues = setOf(`خیابان میدان بزرگراه بلوار کوچه جاده بیمارستان درمانگاه دانشگاه دانشکده مدرسه
دبیرستان هنرستان فرودگاه ورزشگاه استادیوم مسجد حسینیه بنیاد موسسه مؤسسه پارک بوستان ناو ناوشکن
بندر شهرک تالار سالن جایزه مجتمع پالایشگاه نیروگاه سد پل تونل ایستگاه مترو کتابخانه موزه آرامگاه حرم`)

// clauseOpeners may precede a subject pronoun: «و وی», «اما او».
var clauseOpeners = setOf(`و اما ولی سپس همچنین ضمنا لذا بنابراین که`)

// prepositions govern the word after them: «به گفته وی», «از وی».
var prepositions = setOf(`به از با برای در بر تا نزد جز مانند درباره علیه`)

// quantifiers before a role title make it a non-referring use:
// «دو رئیس‌جمهور», «چند وزیر», «وزرای خارجه».
var quantifiers = setOf(`دو سه چهار پنج چند برخی بعضی همه سایر دیگر هر این آن یک`)

// surnameSuffixes end compound surnames that news often writes with a
// space instead of a ZWNJ: «موسوی نژاد», «رسول پناه», «حدادی فر». After a
// surname they continue it; alone they are no surname.
var surnameSuffixes = setOf(`پور زاده نژاد فر فرد راد نیا وند مند پناه آبادی کیا`)

// givenOnly are first names that end compound first names («محمد رضا»,
// «علی اکبر», «مرتضی علی») and are not used as surnames: two first names
// ending in one of them are no full name.
var givenOnly = setOf(`علی محمد رضا مهدی جواد اکبر اصغر حسن حسین`)

// placeNouns head the name of a place or of an office of a place: the
// word after them is a place, whatever else it may be.
var placeNouns = setOf(`شهرستان روستای روستا دهستان بخش جمعه مردم`)

// listedNameTitles are honorifics followed only by listed names: the
// titles of saints, imams and prophets.
var listedNameTitles = setOf(`امام حضرت`)

// arabicPrepositionNames are first names that are also Arabic prepositions
// in set phrases: «علی الخصوص», «علی المتیقن».
var arabicPrepositionNames = setOf(`علی`)

// speechVerbs are the verbs of reporting (or the nouns of compound ones)
// without the particles and copulas of nameEnders: after a word the text
// also uses as an ordinary word, only these make it a subject («گل تاکید
// کرد», not «گل شد»).
var speechVerbs = setOf(`گفت افزود اظهار تاکید تصریح اعلام ادامه بیان نوشت خاطرنشان گفته`)

// determiners point at a common noun: «این تیم», «هر گل». A word after
// one is an ordinary word in that text.
var determiners = setOf(`این آن همین همان هر یک چند هیچ کدام چه چنین چنان`)

// detachedSuffixes written apart from a country name turn it into an
// adjective or plural («ترکیه ای», «ایران ها»): no country mention then.
var detachedSuffixes = setOf(`ای ایی ی ها های هایی`)

func setOf(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// looksLikeVerb reports whether a word has the shape of a finite Persian
// verb: the continuous prefixes «می‌» and «نمی‌», or one of the auxiliaries
// in functionWords. It is a cheap cue for the end of a name.
func looksLikeVerb(w string) bool {
	if strings.HasPrefix(w, "می"+zwnj) || strings.HasPrefix(w, "نمی"+zwnj) {
		return true
	}
	for _, suf := range verbEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// verbEndings are person endings written after a ZWNJ on a participle
// («باخته‌اند», «رفته‌ایم»).
var verbEndings = [...]string{zwnj + "اند", zwnj + "ایم", zwnj + "اید", zwnj + "است"}

// isPlural reports whether w carries a plural suffix after a ZWNJ
// («پرونده‌های», «کشور‌ها»): a common noun, not a name.
func isPlural(w string) bool {
	_, suf, ok := strings.Cut(w, zwnj)
	if !ok {
		return false
	}
	for {
		switch suf {
		case "ها", "های", "هایی", "هایش", "هایشان", "تر", "ترین":
			return true
		}
		var more bool
		_, suf, more = strings.Cut(suf, zwnj)
		if !more {
			return false
		}
	}
}

// Person endings of Persian verbs, for isVerb.
var (
	pastEndings    = [...]string{"", "م", "ی", "یم", "ید", "ند", "ه"}
	presentEndings = [...]string{"م", "ی", "د", "یم", "ید", "ند"}
	pluralEndings  = [...]string{"یم", "ید", "ند"}
)

// isVerb reports whether w is a finite verb or a past participle: the
// shapes of looksLikeVerb, a past stem with a person ending or «ه»
// («گرفت», «دادند», «نموده»), a present stem after «ب» or «ن» with a
// person ending («بگیریم», «نشود»), or a present stem with a plural ending
// («هستیم», «دارند»). Stems come from data/verbs.txt.
func (ix *index) isVerb(w string) bool {
	if looksLikeVerb(w) {
		return true
	}
	if len(ix.past) == 0 {
		return false
	}
	for _, e := range pastEndings {
		if st, ok := strings.CutSuffix(w, e); ok && st != "" && ix.past[st] {
			return true
		}
	}
	for _, e := range pluralEndings {
		if st, ok := strings.CutSuffix(w, e); ok && st != "" && ix.present[st] {
			return true
		}
	}
	for _, p := range [...]string{"ب", "ن"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		for _, e := range presentEndings {
			if st, ok := strings.CutSuffix(rest, e); ok && st != "" && ix.present[st] {
				return true
			}
		}
	}
	return false
}
