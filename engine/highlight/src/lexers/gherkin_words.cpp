// Gherkin's keywords in every language Cucumber knows, as Rouge 3.30 lists them (from
// Cucumber's gherkin-languages.json): the step keywords as one pattern, built as Rouge builds
// it, and the block keywords a "Keyword:" line may start with.
#include "lexers/gherkin_words.hpp"

#include <unordered_set>

namespace jekyllpp::highlight {

namespace {

// A "|"-separated list: keywords may hold spaces.
std::unordered_set<std::string_view> split(std::string_view list) {
   std::unordered_set<std::string_view> words;
   std::size_t start = 0;
   for (std::size_t bar; (bar = list.find('|', start)) != std::string_view::npos; start = bar + 1)
      words.insert(list.substr(start, bar - start));
   return words;
}

}  // namespace

const std::string& gherkin_step_pattern() {
   static const std::string pattern =
      R"~~('a\ |'ach\ |'ej\ |\*\ |7\ |A\ |A\ taktiež\ |A\ také\ |A\ tiež\ |A\ zároveň\ |AN\ |Aber\ )~~"
      R"~~(|Ac\ |Ach\b|Adott\ |Agus\b|Ak\ |Akkor\ |Alavez\ |Ale\ |Aleshores\ |Ali\ |Allora\ |Alors\)~~"
      R"~~( |Als\ |Ama\ |Amennyiben\ |Amikor\ |Amma\ |Ampak\ |An\ |Ananging\ |Ancaq\ |And\ |Angenom)~~"
      R"~~(men\ |Anrhegedig\ a\ |Ansin\b|Antonces\ |Apabila\ |Atesa\ |Atunci\ |Atès\ |Avast!\ |Aye\)~~"
      R"~~( |BUT\ |Bagi\ |Banjur\ |Bet\ |Bila\ |Biết\ |Blimey!\ |Buh\ |But\ |But\ at\ the\ end\ of\)~~"
      R"~~( the\ day\ I\ reckon\ |Cal\ |Cand\ |Cando\ |Ce\ |Cho\ |Cuan\ |Cuando\ |Cuir\ i\ gcás\ go)~~"
      R"~~(\b|Cuir\ i\ gcás\ gur\b|Cuir\ i\ gcás\ nach\b|Cuir\ i\ gcás\ nár\b|Când\ |DEN\ |DaH\ ghu)~~"
      R"~~('\ bejlu'\ |Dada\ |Dadas\ |Dadena\ |Dadeno\ |Dado\ |Dados\ |Daes\ |Dan\ |Dann\ |Dano\ |D)~~"
      R"~~(aos\ |Dar\ |Dat\ fiind\ |Data\ |Date\ |Date\ fiind\ |Dati\ |Dati\ fiind\ |Dato\ |Dată\ f)~~"
      R"~~(iind\b|Dau\ |Daus\ |Daţi\ fiind\ |Dați\ fiind\ |De\ |Den\ youse\ gotta\ |Dengan\ |Diasum)~~"
      R"~~(sikan\ |Diberi\ |Diketahui\ |Diyelim\ ki\ |Do\ |Donada\ |Donat\ |Donc\ |Donitaĵo\ |Dun\ )~~"
      R"~~(|Duota\ |Dáu\ |E\ |Eeldades\ |Ef\ |En\ |Entao\ |Entonces\ |Então\ |Entón\ |Entós\ |Epi\ )~~"
      R"~~(|Et\ |Et\ qu'\b|Et\ que\ |Etant\ donné\ |Etant\ donné\ qu'\b|Etant\ donné\ que\ |Etant\ )~~"
      R"~~(donnée\ |Etant\ données\ |Etant\ donnés\ |Eğer\ ki\ |Fakat\ |Gangway!\ |Gdy\ |Gegeben\ s)~~"
      R"~~(ei\ |Gegeben\ seien\ |Gegeven\ |Gegewe\ |Gitt\ |Given\ |Givet\ |Givun\ |Ha\ |Həm\ |I\ |I)~~"
      R"~~(\ CAN\ HAZ\ |In\ |Ir\ |It's\ just\ unbelievable\ |Ja\ |Jeśli\ |Jeżeli\ |Jika\ |Kad\ |Kad)~~"
      R"~~(a\ |Kadar\ |Kai\ |Kaj\ |Když\ |Kemudian\ |Ketika\ |Keď\ |Khi\ |Kiedy\ |Ko\ |Koga\ |Komen)~~"
      R"~~(ce\ |Kui\ |Kuid\ |Kun\ |Lan\ |Le\ |Le\ sa\ a\ |Let\ go\ and\ haul\ |Logo\ |Lorsqu'\b|Lor)~~"
      R"~~(sque\ |Lè\ |Lè\ sa\ a\ |Ma\ |Maar\ |Mais\ |Mais\ qu'\b|Mais\ que\ |Majd\ |Mając\ |Maka\ )~~"
      R"~~(|Manawa\ |Mas\ |Men\ |Menawa\ |Mutta\ |Nalika\ |Nalikaning\ |Nanging\ |Nato\ |Nhưng\ |Ni)~~"
      R"~~(in\ |Njuk\ |No\ |Nuair\ a\b|Nuair\ ba\b|Nuair\ nach\b|Nuair\ nár\b|När\ |Når\ |Nə\ vaxt\)~~"
      R"~~( ki\ |O\ halda\ |O\ zaman\ |Och\ |Og\ |Oletetaan\ |Ond\ |Onda\ |Oraz\ |Pak\ |Pero\ |Peru)~~"
      R"~~(\ |Però\ |Podano\ |Pokiaľ\ |Pokud\ |Potem\ |Potom\ |Privzeto\ |Pryd\ |Quan\ |Quand\ |Qua)~~"
      R"~~(ndo\ |Sachant\ |Sachant\ qu'\b|Sachant\ que\ |Se\ |Sed\ |Si\ |Siis\ |Sipoze\ |Sipoze\ Ke)~~"
      R"~~(\ |Sipoze\ ke\ |Soit\ |Stel\ |Så\ |Tad\ |Tada\ |Tak\ |Takrat\ |Tapi\ |Ter\ |Tetapi\ |Tha)~~"
      R"~~(\ |Tha\ the\ |Then\ |Thurh\ |Thì\ |Toda\ |Togash\ |Too\ right\ |Tutaq\ ki\ |Ukoliko\ |Un)~~"
      R"~~(\ |Und\ |Ve\ |Vendar\ |Verilir\ |Và\ |Və\ |WEN\ |Wanneer\ |Wenn\ |When\ |Wtedy\ |Wun\ |Y)~~"
      R"~~(\ |Y'know\ |Ya\ |Yeah\ nah\ |Yna\ |Youse\ know\ like\ when\ |Youse\ know\ when\ youse\ g)~~"
      R"~~(ot\ |Za\ date\ |Za\ dati\ |Za\ dato\ |Za\ predpokladu\ |Za\ předpokladu\ |Zadan\ |Zadani)~~"
      R"~~(\ |Zadano\ |Zakładając\ |Zakładając,\ że\ |Zaradi\ |Zatim\ |a\ |an\ |awer\ |dann\ |ghu'\)~~"
      R"~~( noblu'\ |latlh\ |mä\ |qaSDI'\ |ugeholl\ |vaj\ |wann\ |És\ |Étant\ donné\ |Étant\ donné\)~~"
      R"~~( qu'\b|Étant\ donné\ que\ |Étant\ donnée\ |Étant\ données\ |Étant\ donnés\ |Ða\ |Ða\ ðe\)~~"
      R"~~( |Ðurh\ |Þa\ |Þa\ þe\ |Þegar\ |Þurh\ |Þá\ |Če\ |Şi\ |Əgər\ |Și\ |Όταν\ |Αλλά\ |Δεδομένου)~~"
      R"~~(\ |Και\ |Τότε\ |І\ |А\ |А\ також\ |Агар\ |Але\ |Али\ |Аммо\ |Анх\ |Бирок\ |Ва\ |Вә\ |Гэх)~~"
      R"~~(дээ\ |Дадена\ |Дадено\ |Дано\ |Допустим\ |Если\ |За\ дате\ |За\ дати\ |За\ дато\ |Затем\)~~"
      R"~~( |И\ |Иначе\ |К\ тому\ же\ |Кад\ |Када\ |Кога\ |Когато\ |Когда\ |Коли\ |Лекин\ |Ләкин\ |)~~"
      R"~~(Мөн\ |Нехай\ |Но\ |Нәтиҗәдә\ |Онда\ |Припустимо\ |Припустимо,\ що\ |Пусть\ |Та\ |Также\ )~~"
      R"~~(|То\ |Тогаш\ |Тогда\ |Тоді\ |Тэгэхэд\ |Тэгээд\ |Унда\ |Харин\ |Хэрэв\ |Якщо\ |Үүний\ дар)~~"
      R"~~(аа\ |Һәм\ |Әгәр\ |Әйтик\ |Әмма\ |Өгөгдсөн\ нь\ |Ապա\ |Բայց\ |Դիցուք\ |Եթե\ |Եվ\ |Երբ\ |א)~~"
      R"~~(בל\ |אז\ |אזי\ |בהינתן\ |וגם\ |כאשר\ |آنگاه\ |اذاً\ |اما\ |اور\ |اگر\ |با\ فرض\ |بالفرض\)~~"
      R"~~( |بفرض\ |تب\ |ثم\ |جب\ |عندما\ |فرض\ کیا\ |لكن\ |لیکن\ |متى\ |هنگامی\ |و\ |پھر\ |अगर\ |अ)~~"
      R"~~(नी\ |आणि\ |और\ |कदा\ |किन्तु\ |चूंकि\ |जब\ |जर\b|जेव्हा\ |तथा\ |तदा\ |तब\ |तर\ |तसेच\ |त)~~"
      R"~~(ेव्हा\ |त्यसपछि\ |दिइएको\ |दिएको\ |दिलेल्या\ प्रमाणे\ |पण\ |पर\ |परंतु\ |परन्तु\ |मग\ |य)~~"
      R"~~(दि\ |र\ |ਅਤੇ\ |ਜਦੋਂ\ |ਜਿਵੇਂ\ ਕਿ\ |ਜੇਕਰ\ |ਤਦ\ |ਪਰ\ |અને\ |આપેલ\ છે\ |ક્યારે\ |પછી\ |પણ\ |)~~"
      R"~~(அப்பொழுது\ |ஆனால்\ \ |எப்போது\ |கொடுக்கப்பட்ட\ |மற்றும்\ |மேலும்\ \ |అప్పుడు\ |ఈ\ పరి)~~"
      R"~~(స్థితిలో\ |కాని\ |చెప్పబడినది\ |మరియు\ |ಆದರೆ\ |ನಂತರ\ |ನೀಡಿದ\ |ಮತ್ತು\ |ಸ್ಥಿತಿಯನ್ನು\ |กำห)~~"
      R"~~(นดให้\ |ดังนั้น\ |เมื่อ\ |แต่\ |และ\ |და\b|მაგ­რამ\b|მაშინ\b|მოცემული\b|როდესაც\b|かつ\b|し)~~"
      R"~~(かし\b|ただし\b|ならば\b|もし\b|並且\b|但し\b|但是\b|假如\b|假定\b|假設\b|假设\b|前提\b|同时\b|同時\b|并且\b|当\b|當\b|而且\)~~"
      R"~~(b|那么\b|那麼\b|그러면\b|그리고\b|단\b|만약\b|만일\b|먼저\b|조건\b|하지만\b|🎬\b|😂\b|😐\b|😔\b|🙏\b)~~";
   return pattern;
}

bool gherkin_keyword(GherkinKeyword kind, std::string_view word) {
   static const std::unordered_set<std::string_view> element = split(
      "Abstract Scenario|Abstrakt Scenario|Achtergrond|Aer|Agtergrond|Antecedentes|Antecedents|"
      "Atburðarás|Awww, look mate|B4|Background|Baggrund|Bakgrund|Bakgrunn|Bakgrunnur|Beispiel|"
      "Beispill|Bối cảnh|Caso|Casu|Cefndir|Cenario|Cenario de Fundo|Cenário|Cenário de Fundo|"
      "Contesto|Context|Contexte|Contexto|Cás|Cás Achomair|Cúlra|Dasar|Delineacao do Cenario|"
      "Delineação do Cenário|Dis is what went down|Dyagram Senaryo|Dyagram senaryo|Eixemplo|"
      "Ejemplo|Eksempel|Ekzemplo|Enghraifft|Esbozo do escenario|Esbozu del casu|Escenari|"
      "Escenario|Esempio|Esquema de l'escenari|Esquema del caso|Esquema del escenario|"
      "Esquema do Cenario|Esquema do Cenário|Example|Exemple|Exemplo|Exemplu|First off|Fono|"
      "Forgatókönyv|Forgatókönyv vázlat|Fundo|Garis Panduan Senario|Garis-Besar Skenario|"
      "Geçmiş|Grundlage|Hannergrond|Heave to|Hintergrund|Háttér|Istorik|Juhtum|Kazo|Kazo-skizo|"
      "Keadaan|Kerangka Keadaan|Kerangka Senario|Kerangka Situasi|Keçmiş|Khung kịch bản|"
      "Khung tình huống|Koncept|Konsep skenario|Kontekst|Kontekstas|Konteksts|Kontext|"
      "Konturo de la scenaro|Kontèks|Kịch bản|Latar Belakang|Lýsing Atburðarásar|Lýsing Dæma|"
      "MISHUN|MISHUN SRSLY|Na primer|Náčrt Scenára|Náčrt Scenáru|Náčrt Scénáře|Nümunə|"
      "Oris scenarija|Osnova|Osnova Scenára|Osnova scénáře|Osnutek|Ozadje|Pavyzdys|Piemērs|"
      "Plan Senaryo|Plan du Scénario|Plan du scénario|Plan senaryo|Plang vum Szenario|Pozadie|"
      "Pozadina|Pozadí|Pregled na scenarija|Primer|Primjer|Przykład|Príklad|Példa|Příklad|"
      "Raamjuhtum|Raamstsenaarium|Reckon it's like|Rerefons|Sampla|Scenarie|Scenarij|"
      "Scenarijaus šablonas|Scenariju|Scenariju-obris|Scenarijus|Scenario|Scenario Amlinellol|"
      "Scenario Outline|Scenario Template|Scenario-outline|Scenariomal|Scenariomall|Scenariu|"
      "Scenariusz|Scenaro|Scenár|Scenārijs|Scenārijs pēc parauga|Schema dello scenario|"
      "Scénario|Scénář|Senario|Senaryo|Senaryo Deskripsyon|Senaryo deskripsyon|Senaryo taslağı|"
      "Shiver me timbers|Situasi|Situasie|Situasie Uiteensetting|Situācija|Skenario|"
      "Skenario konsep|Skica|Skizo|Sodrzhina|Ssenari|Ssenarinin strukturu|Structura scenariu|"
      "Structură scenariu|Struktura scenarija|Stsenaarium|Swa|Swa hwaer swa|Swa hwær swa|"
      "Szablon scenariusza|Szenarien|Szenario|Szenariogrundriss|Tapaus|Tapausaihio|Taust|"
      "Tausta|The thing of it is|Tình huống|Voorbeeld|Voraussetzungen|Vorbedingungen|"
      "Wharrimean is|Yo-ho-ho|Założenia|lut|lut chovnatlh|mo'|Ær|Örnek|Παράδειγμα|"
      "Περίγραμμα Σεναρίου|Περιγραφή Σεναρίου|Σενάριο|Υπόβαθρο|Агуулга|Кереш|Контекст|Концепт|"
      "На пример|Основа|Передумова|Позадина|Преглед на сценарија|Предистория|Предыстория|"
      "Приклад|Пример|Рамка на сценарий|Скица|Содржина|Структура сценария|Структура сценарија|"
      "Структура сценарію|Сценар|Сценарий|Сценарий структураси|Сценарийның төзелеше|Сценарио|"
      "Сценарын төлөвлөгөө|Сценарій|Тарих|Կոնտեքստ|Սցենար|Սցենարի կառուցվացքը|Օրինակ|דוגמא|רקע|"
      "תבנית תרחיש|תרחיש|الخلفية|الگوی سناریو|زمینه|سناریو|سيناريو|سيناريو مخطط|مثال|"
      "منظر نامے کا خاکہ|منظرنامہ|پس منظر|परिदृश्य|परिदृश्य रूपरेखा|पार्श्वभूमी|पृष्ठभूमि|"
      "पृष्ठभूमी|ਉਦਾਹਰਨ|ਪਟਕਥਾ|ਪਟਕਥਾ ਢਾਂਚਾ|ਪਟਕਥਾ ਰੂਪ ਰੇਖਾ|ਪਿਛੋਕੜ|ઉદાહરણ|પરિદ્દશ્ય ઢાંચો|"
      "પરિદ્દશ્ય રૂપરેખા|બેકગ્રાઉન્ડ|સ્થિતિ|உதாரணமாக|காட்சி|காட்சி சுருக்கம்|காட்சி வார்ப்புரு|"
      "பின்னணி|ఉదాహరణ|కథనం|నేపథ్యం|సన్నివేశం|ಉದಾಹರಣೆ|ಕಥಾಸಾರಾಂಶ|ವಿವರಣೆ|ಹಿನ್ನೆಲೆ|สรุปเหตุการณ์|"
      "เหตุการณ์|แนวคิด|โครงสร้างของเหตุการณ์|კონტექსტი|მაგალითად|სცენარის|სცენარის ნიმუში|"
      "シナリオ|シナリオアウトライン|シナリオテンプレ|シナリオテンプレート|テンプレ|剧本|剧本大纲|劇本|劇本大綱|场景|场景大纲|場景|場景大綱|背景|배경|시나리오|"
      "시나리오 개요|💤|📕|📖|🥒|");
   static const std::unordered_set<std::string_view> feature = split(
      "Ability|Ahoy matey!|Arwedd|Aspekt|Besigheid Behoefte|Biznis potreba|Business Need|"
      "Caracteristica|Característica|Carauterística|Egenskab|Egenskap|Eiginleiki|Feature|Fitur|"
      "Fonctionnalité|Fonksyonalite|Funcionalidade|Funcionalitat|Functionalitate|"
      "Functionaliteit|Funcţionalitate|Funcționalitate|Fungsi|Funkcia|Funkcija|Funkcionalitāte|"
      "Funkcionalnost|Funkcja|Funksie|Funktion|Funktionalität|Funktionalitéit|Funzionalità|"
      "Fīča|Gné|Hwaet|Hwæt|Jellemző|Karakteristik|Karakteristika|Lastnost|Mak|Mogucnost|"
      "Mogućnost|Mozhnost|Moznosti|Možnosti|OH HAI|Omadus|Ominaisuus|Osobina|"
      "Potrzeba biznesowa|Požadavek|Požiadavka|Pretty much|Qap|Qu'meH 'ut|Savybė|Trajto|"
      "Tính năng|Vermoë|Vlastnosť|Właściwość|Značilnost|laH|perbogh|poQbogh malja'|Özellik|"
      "Özəllik|Δυνατότητα|Λειτουργία|Бизнис потреба|Могућност|Можност|Мөмкинлек|Особина|"
      "Свойство|Функц|Функционал|Функционалност|Функциональность|Функция|Функціонал|"
      "Үзенчәлеклелек|Հատկություն|Ֆունկցիոնալություն|תכונה|خاصية|خصوصیت|صلاحیت|وِیژگی|"
      "کاروبار کی ضرورت|रूप लेख|विशेषता|वैशिष्ट्य|सुविधा|ਖਾਸੀਅਤ|ਨਕਸ਼ ਨੁਹਾਰ|ਮੁਹਾਂਦਰਾ|ક્ષમતા|"
      "લક્ષણ|વ્યાપાર જરૂર|அம்சம்|திறன்|வணிக தேவை|గుణము|ಹೆಚ್ಚಳ|ความต้องการทางธุรกิจ|ความสามารถ|"
      "โครงหลัก|თვისება|フィーチャ|功能|機能|기능|📚|");
   static const std::unordered_set<std::string_view> examples = split(
      "Atburðarásir|Beispiele|Beispiller|Cenarios|Cenários|Conto|Contoh|Contone|"
      "Dead men tell no tales|Dæmi|Dữ liệu|EXAMPLZ|Egzanp|Eixemplos|Ejemplos|Eksempler|"
      "Ekzemploj|Enghreifftiau|Esempi|Examples|Exempel|Exemple|Exemples|Exemplos|Juhtumid|"
      "Misal|Nümunələr|Paraugs|Pavyzdžiai|Piemēri|Primeri|Primjeri|Przykłady|Príklady|Példák|"
      "Příklady|Samplaí|Scenaria|Scenarijai|Scenariji|Scenarios|Se the|Se ðe|Se þe|Tapaukset|"
      "Variantai|Voorbeelde|Voorbeelden|You'll wanna|ghantoH|lutmey|Örnekler|Παραδείγματα|"
      "Σενάρια|Мисаллар|Мисоллар|Приклади|Примери|Примеры|Сценарија|Сценарији|Тухайлбал|"
      "Үрнәкләр|Օրինակներ|דוגמאות|امثلة|مثالیں|نمونه ها|उदाहरण|उदाहरणहरु|ਉਦਾਹਰਨਾਂ|ઉદાહરણો|"
      "எடுத்துக்காட்டுகள்|காட்சிகள்|நிலைமைகளில்|ఉదాహరణలు|ಉದಾಹರಣೆಗಳು|ชุดของตัวอย่าง|"
      "ชุดของเหตุการณ์|მაგალითები|サンプル|例|例子|예|📓|");
   switch (kind) {
      case GherkinKeyword::Element: return element.count(word) > 0;
      case GherkinKeyword::Feature: return feature.count(word) > 0;
      case GherkinKeyword::Examples: return examples.count(word) > 0;
   }
   return false;
}

}  // namespace jekyllpp::highlight
