<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AbsencesView</name>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Қатарынан қатыспауы</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Children absent without a reason at their latest sessions, as many times in a row as Settings says (absences before the registrar is told). Call the guardian; an excused absence or a presence ends the run.</source>
        <translation>Соңғы сабақтарда себепсіз, Баптаулардағы санынша қатарынан қатыспаған балалар (тіркеушіге хабарланатын қатыспау саны). Заңды өкілге қоңырау шалыңыз; себепті қатыспау немесе қатысу тізбекті тоқтатады.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Топ көлемі</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Қабылдау ашық</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Қабылданғаны</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандығы</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Жұмыс істейді</translation>
    </message>
    <message>
        <source>Clubs</source>
        <translation>Үйірмелер</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>New club…</source>
        <translation>Жаңа үйірме…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Жаңа топ…</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Жаңа қызметкер…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Маман қабылдауына жазу</translation>
    </message>
    <message>
        <source>&amp;Specialist</source>
        <translation>&amp;Маман</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Уақыты</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>Ми&amp;нут</translation>
    </message>
    <message>
        <source>Weekly, &amp;times</source>
        <translation>Апта сайын, &amp;рет</translation>
    </message>
    <message>
        <source>Children (one, or a small group):</source>
        <translation>Балалар (бір бала немесе шағын топ):</translation>
    </message>
    <message>
        <source>Type a surname, name or IIN…</source>
        <translation>Тегін, атын немесе ЖСН енгізіңіз…</translation>
    </message>
    <message>
        <source>&amp;Add the child</source>
        <translation>&amp;Баланы қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>The cabinet has %1 seats.</source>
        <translation>Кабинетте %1 орын бар.</translation>
    </message>
</context>
<context>
    <name>AppointmentNotesDialog</name>
    <message>
        <source>Session notes</source>
        <translation>Қабылдау жазбалары</translation>
    </message>
    <message>
        <source>A new note…</source>
        <translation>Жаңа жазба…</translation>
    </message>
    <message>
        <source>Only you can read these notes: not other specialists, not the registrars, not the administrators.</source>
        <translation>Бұл жазбаларды тек сіз оқи аласыз: басқа мамандар да, тіркеушілер де, әкімшілер де оларды көрмейді.</translation>
    </message>
    <message>
        <source>No notes of yours yet.</source>
        <translation>Сізде әзірге жазба жоқ.</translation>
    </message>
</context>
<context>
    <name>AppointmentReferralDialog</name>
    <message>
        <source>Refer a child to a specialist</source>
        <translation>Баланы маманға жолдау</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <source>Type a surname, name or IIN…</source>
        <translation>Тегін, атын немесе ЖСН енгізіңіз…</translation>
    </message>
    <message>
        <source>&amp;Specialist</source>
        <translation>&amp;Маман</translation>
    </message>
    <message>
        <source>Your &amp;group</source>
        <translation>Сіздің &amp;тобыңыз</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
</context>
<context>
    <name>AppointmentTimeDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Басқа уақытқа ауыстыру</translation>
    </message>
    <message>
        <source>&amp;New time</source>
        <translation>&amp;Жаңа уақыт</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Минут</translation>
    </message>
</context>
<context>
    <name>AttendanceCounts</name>
    <message>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Кешікті</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Қатыспады</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Себепті</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Қатысу үлесі</translation>
    </message>
</context>
<context>
    <name>AttendanceMonthModel</name>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Белгіленді</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Барлығы қатысты</translation>
    </message>
    <message>
        <source>Marks every child without a mark present; marks already given stay</source>
        <translation>Белгісі жоқ әр балаға «қатысты» деген белгі қояды; бұрын қойылған белгілер сақталады</translation>
    </message>
    <message>
        <source>Remove the mark</source>
        <translation>Белгіні алып тастау</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Тарихы…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сабақтар</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Absent in a row</source>
        <translation>Қатарынан қатыспағандар</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>Бала бойынша</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>Барлық педагогтар</translation>
    </message>
    <message>
        <source>&lt;p&gt;No session chosen: pick a day and a group on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Сабақ таңдалмаған: сол жақтан күн мен топты таңдаңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>%1 бөлме</translation>
    </message>
    <message>
        <source>%1 children, %2 not marked yet.</source>
        <translation>%1 бала, оның %2 баласы әлі белгіленбеген.</translation>
    </message>
    <message>
        <source>%1 has been absent %2 times in a row; the registrar is told.</source>
        <translation>%1 қатарынан %2 рет сабаққа келмеді; тіркеушіге хабарланды.</translation>
    </message>
    <message>
        <source>History of the mark</source>
        <translation>Белгі тарихы</translation>
    </message>
    <message>
        <source>No marks yet.</source>
        <translation>Әзірге белгі жоқ.</translation>
    </message>
    <message>
        <source>Present by the entrance</source>
        <translation>Кіреберіс бойынша келді</translation>
    </message>
    <message>
        <source>Marks present the children the entrance saw inside during the class; marks already given stay</source>
        <translation>Сабақ кезінде кіреберіс ішінде деп көрген балаларды келді деп белгілейді; бұрын қойылған белгілер сақталады</translation>
    </message>
</context>
<context>
    <name>AttendanceSessionModel</name>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Қатыспады</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Себепті</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Кешікті</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Белгілеген</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>absences in a row: %1</source>
        <translation>қатарынан қатыспауы: %1</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>түзетілді</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <source>Record kind:</source>
        <translation>Жазба түрі:</translation>
    </message>
    <message>
        <source>Record number:</source>
        <translation>Жазба нөмірі:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>e.g. aigerim or cli:root</source>
        <translation>мысалы, aigerim немесе cli:root</translation>
    </message>
    <message>
        <source>e.g. child, group, user</source>
        <translation>мысалы, child, group, user</translation>
    </message>
    <message>
        <source>only from – to</source>
        <translation>тек мына аралықта</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>enrol backs up the database at every start and once a day while it runs, and checks every copy. Restoring a backup first backs up the present state, so a restore can be undone.
Folder: %1</source>
        <translation>enrol дерекқордың сақтық көшірмесін әр іске қосылғанда және жұмыс кезінде күніне бір рет жасайды әрі әр көшірмені тексереді. Сақтық көшірмені қалпына келтірер алдында қазіргі күйдің көшірмесі жасалады, сондықтан қалпына келтіруді кері қайтаруға болады.
Қалта: %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Қалпына келтіру…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Days of automatic backups to keep:</source>
        <translation>Автоматты сақтық көшірмелер сақталатын күндер саны:</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Сақтық көшірме жазылды және тексерілді: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>Replace the database with the backup made %1? Everything entered since then will be replaced; the present state is backed up first, so this can be undone.</source>
        <translation>Дерекқорды %1 жасалған сақтық көшірмемен алмастыру керек пе? Содан бері енгізілгеннің бәрі ауыстырылады; алдымен қазіргі күйдің көшірмесі жасалады, сондықтан мұны кері қайтаруға болады.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>%1 көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <source>Automatic backup written and checked: %1</source>
        <translation>Автоматты сақтық көшірме жазылды және тексерілді: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматты сақтық көшірме жасалмады: %1</translation>
    </message>
</context>
<context>
    <name>ButtonBar</name>
    <message>
        <source>More actions</source>
        <translation>Басқа әрекеттер</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Құпиясөзімді өзгерту</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Құпиясөз өзгертілді.</translation>
    </message>
</context>
<context>
    <name>ChildAttendanceView</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <source>Type a surname, name or IIN…</source>
        <translation>Тегін, атын немесе ЖСН енгізіңіз…</translation>
    </message>
    <message>
        <source>attended %1 of %2 marked sessions (%3)</source>
        <translation>белгіленген %2 сабақтың %1 сабағына қатысты (%3)</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Бала деректерін өзгерту</translation>
    </message>
    <message>
        <source>Register a child</source>
        <translation>Баланы тіркеу</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>Ә&amp;кесінің аты</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Т&amp;уған күні</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Жы&amp;нысы</translation>
    </message>
    <message>
        <source>Sc&amp;hool</source>
        <translation>&amp;Мектеп</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>&amp;Сынып</translation>
    </message>
    <message>
        <source>School s&amp;hift</source>
        <translation>Мектеп ау&amp;ысымы</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>Ау&amp;даны</translation>
    </message>
    <message>
        <source>Priority &amp;category</source>
        <translation>&amp;Басымдық санаты</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>қыз</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>ұл</translation>
    </message>
    <message>
        <source>first shift (morning school)</source>
        <translation>бірінші ауысым (мектепте таңертең оқиды)</translation>
    </message>
    <message>
        <source>second shift (afternoon school)</source>
        <translation>екінші ауысым (мектепте түстен кейін оқиды)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Guardian (legal representative)</source>
        <translation>Ата-анасы (заңды өкілі)</translation>
    </message>
    <message>
        <source>Second guardian (optional)</source>
        <translation>Екінші заңды өкілі (міндетті емес)</translation>
    </message>
    <message>
        <source>The guardian signed the consent to process the child&apos;s personal data today</source>
        <translation>Заңды өкіл бүгін баланың дербес деректерін өңдеуге келісімге қол қойды</translation>
    </message>
    <message>
        <source>…and allowed photos and video of the child</source>
        <translation>…және баланы суретке және бейнеге түсіруге рұқсат берді</translation>
    </message>
    <message>
        <source>A guardian with a phone is required.</source>
        <translation>Телефоны көрсетілген заңды өкіл қажет.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Қайталануы мүмкін</translation>
    </message>
    <message>
        <source>These children have the same birth date and a similar name:
%1

Register a new child anyway?</source>
        <translation>Бұл балалардың туған күні бірдей, аты-жөні ұқсас:
%1

Бәрібір жаңа бала ретінде тіркеу керек пе?</translation>
    </message>
    <message>
        <source>Already registered: %1, #%2 — &lt;a href=&quot;open&quot;&gt;open&lt;/a&gt;</source>
        <translation>Бұрыннан тіркелген: %1, №%2 — &lt;a href=&quot;open&quot;&gt;ашу&lt;/a&gt;</translation>
    </message>
    <message>
        <source>same IIN</source>
        <translation>ЖСН бірдей</translation>
    </message>
    <message>
        <source>These children may be the same child (the same IIN, or the same birth date and a similar name):
%1

Register a new child anyway?</source>
        <translation>Бұл балалар сол бала болуы мүмкін (ЖСН бірдей немесе туған күні бірдей және аты ұқсас):
%1

Сонда да жаңа баланы тіркеу керек пе?</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Find a child: surname, name or IIN, in any script (Ctrl+F)</source>
        <translation>Баланы іздеу: тегі, аты немесе ЖСН, кирилше не латынша (Ctrl+F)</translation>
    </message>
    <message>
        <source>New child…</source>
        <translation>Жаңа бала…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>Timetable card…</source>
        <translation>Сабақ кестесі…</translation>
    </message>
    <message>
        <source>Record a signed consent…</source>
        <translation>Қол қойылған келісімді тіркеу…</translation>
    </message>
    <message>
        <source>Record a withdrawal…</source>
        <translation>Келісімнің кері қайтарылуын тіркеу…</translation>
    </message>
    <message>
        <source>Print the consent form in Kazakh…</source>
        <translation>Келісім нысанын қазақша басып шығару…</translation>
    </message>
    <message>
        <source>Print the consent form in Russian…</source>
        <translation>Келісім нысанын орысша басып шығару…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Деректерді экспорттау…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Иесіздендіру…</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n бала</numerusform>
            <numerusform>%n бала</numerusform>
        </translation>
    </message>
    <message>
        <source>girl</source>
        <translation>қыз</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>ұл</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1 сынып</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Келісімді кері қайтару</translation>
    </message>
    <message>
        <source>Reason given by the legal representative:</source>
        <translation>Заңды өкіл көрсеткен себеп:</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Келісім нысаны</translation>
    </message>
    <message>
        <source>Export the child&apos;s data</source>
        <translation>Бала деректерін экспорттау</translation>
    </message>
    <message>
        <source>Everything held about the child was written to %1</source>
        <translation>Бала туралы барлық деректер %1 файлына жазылды</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Иесіздендіру</translation>
    </message>
    <message>
        <source>The child&apos;s names, IIN, notes and guardians&apos; contacts will be removed for good; attendance and enrolment counts stay. Anonymise?</source>
        <translation>Баланың аты-жөні, ЖСН-і, ескертпелері және ата-анасының байланыстары біржола жойылады; қатысу мен қабылдау сандары сақталады. Иесіздендіру керек пе?</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Заңды өкілдері</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтары</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Not in any group yet.</source>
        <translation>Әлі ешбір топта емес.</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>Тіркелді: %1</translation>
    </message>
    <message>
        <source>Timetable card</source>
        <translation>Сабақ кестесі</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>Қабылдау…</translation>
    </message>
    <message>
        <source>Enrol this child in a group (Ctrl+E)</source>
        <translation>Осы баланы топқа қабылдау (Ctrl+E)</translation>
    </message>
    <message>
        <source>Register a new child</source>
        <translation>Жаңа баланы тіркеу</translation>
    </message>
    <message>
        <source>No child matches «%1».</source>
        <translation>«%1» бойынша бала табылмады.</translation>
    </message>
    <message>
        <source>Who may collect…</source>
        <translation>Кім алып кете алады…</translation>
    </message>
</context>
<context>
    <name>ChildrenTableModel</name>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
</context>
<context>
    <name>ClubDialog</name>
    <message>
        <source>Edit club</source>
        <translation>Үйірмені өзгерту</translation>
    </message>
    <message>
        <source>New club</source>
        <translation>Жаңа үйірме</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Орысша атауы:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Бағыты:</translation>
    </message>
    <message>
        <source>Youngest age:</source>
        <translation>Ең кіші жасы:</translation>
    </message>
    <message>
        <source>Oldest age:</source>
        <translation>Ең үлкен жасы:</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>Қаржыландыру:</translation>
    </message>
    <message>
        <source>Default group size:</source>
        <translation>Әдепкі топ көлемі:</translation>
    </message>
    <message>
        <source>Open for enrolment</source>
        <translation>Қабылдау ашық</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent to process personal data</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Қол қойған:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Туыстығы:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Қол қойылған күні:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Жарамдылық мерзімі:</translation>
    </message>
    <message>
        <source>the form names an end date</source>
        <translation>нысанда аяқталу күні көрсетілген</translation>
    </message>
    <message>
        <source>Photos and video of the child are allowed</source>
        <translation>Баланы суретке және бейнеге түсіруге рұқсат етілген</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a child</source>
        <translation>Баланы топқа қабылдау</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <source>Type a surname, name or IIN…</source>
        <translation>Тегін, атын немесе ЖСН енгізіңіз…</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Топ</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>Қар&amp;жыландыру</translation>
    </message>
    <message>
        <source>&amp;Voucher number</source>
        <translation>Ваучер &amp;нөмірі</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Басталу күні</translation>
    </message>
    <message>
        <source>as the group is funded</source>
        <translation>топтың қаржыландыруы бойынша</translation>
    </message>
    <message>
        <source>Child: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Бала: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by club, code, teacher or day</source>
        <translation>Үйірме, код, педагог немесе күн бойынша сүзу</translation>
    </message>
    <message>
        <source>no meetings yet</source>
        <translation>сабақтар әлі жоқ</translation>
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation>%1–%2 жас</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%2 орынның %1 бос</translation>
    </message>
    <message>
        <source>not for the child&apos;s age: enrol only with a reason</source>
        <translation>баланың жасына сай емес: тек себеппен қабылдау</translation>
    </message>
    <message>
        <source>meets during the child&apos;s school shift: enrol only with a reason</source>
        <translation>сабақ баланың мектеп ауысымы кезінде: тек себеппен қабылдау</translation>
    </message>
</context>
<context>
    <name>Enrolling</name>
    <message>
        <source>%1 is enrolled in %2.</source>
        <translation>%1 %2 тобына қабылданды.</translation>
    </message>
    <message>
        <source>A seat in %2 is offered to %1 and held.</source>
        <translation>%1 үшін %2 тобында орын ұсынылып, сақталды.</translation>
    </message>
    <message>
        <source>%1 is on the waitlist of %2 at position %3.</source>
        <translation>%1 %2 тобының күту тізімінде, %3-орында.</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>These groups of the same club have a free seat and fit the child; a click enrols there instead of waiting:</source>
        <translation>Осы үйірменің мына топтарында бос орын бар және балаға сай келеді; басып, күтудің орнына сонда қабылдаңыз:</translation>
    </message>
    <message>
        <source>%1: %2 free of %3</source>
        <translation>%1: %3 орынның %2 бос</translation>
    </message>
    <message>
        <source>enrolled in %1 instead</source>
        <translation>оның орнына %1 тобына қабылданды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>%1 cannot be enrolled in %2:</source>
        <translation>%1 %2 тобына қабылдана алмайды:</translation>
    </message>
    <message>
        <source>Enrol anyway, with a reason…</source>
        <translation>Себебін көрсетіп, бәрібір қабылдау…</translation>
    </message>
    <message>
        <source>Enrol anyway</source>
        <translation>Бәрібір қабылдау</translation>
    </message>
    <message>
        <source>Why is %1 enrolled in %2 all the same? The reason is logged.</source>
        <translation>Неліктен %1 бәрібір %2 тобына қабылданады? Себебі журналға жазылады.</translation>
    </message>
</context>
<context>
    <name>EntrancePage</name>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Кірді/шықты</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Алып кеткен</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Scan a card (or type its 10 digits and press Enter)</source>
        <translation>Картаны сканерлеңіз (немесе 10 цифрын теріп, Enter басыңыз)</translation>
    </message>
    <message>
        <source>Forgotten card: surname or name, in any script</source>
        <translation>Карта ұмытылды: тегі немесе аты, кез келген әліппемен</translation>
    </message>
    <message>
        <source>Forgotten card</source>
        <translation>Карта ұмытылды</translation>
    </message>
    <message>
        <source>Last %1 scans</source>
        <translation>Соңғы %1 сканерлеу</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Кірді</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Шықты</translation>
    </message>
    <message>
        <source>Undo the selected scan</source>
        <translation>Таңдалған сканерлеуді болдырмау</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>КІРДІ</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>ШЫҚТЫ</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(болдырылмады)</translation>
    </message>
    <message>
        <source>Inside: %1 of %2</source>
        <translation>Ішінде: %2 ішінен %1</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>БОЛДЫРЫЛМАДЫ</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 жаста</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>маман қабылдауы</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>%1 бөлме</translation>
    </message>
    <message>
        <source>collected by %1</source>
        <translation>алып кеткен: %1</translation>
    </message>
    <message>
        <source>Ready: scan a card</source>
        <translation>Дайын: картаны сканерлеңіз</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Бөлме</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Ба&amp;сталуы</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Аяқ&amp;талуы</translation>
    </message>
    <message>
        <source>&amp;Headcount</source>
        <translation>Адам са&amp;ны</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>Room %1 has %2 seats.</source>
        <translation>%1 бөлмесінде %2 орын бар.</translation>
    </message>
    <message>
        <source>The headcount is larger than that.</source>
        <translation>Адам саны одан көп.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <source>Events in the hall or another room. The headcount must fit the room&apos;s seats and counts toward the building&apos;s capacity while the event lasts.</source>
        <translation>Көрермен залындағы немесе басқа бөлмедегі іс-шаралар. Адам саны бөлмедегі орын санынан аспауы керек және іс-шара жүріп жатқанда ғимараттың сыйымдылығына есептеледі.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Жаңа іс-шара…</translation>
    </message>
    <message>
        <source>Cancel the event…</source>
        <translation>Іс-шараны болдырмау…</translation>
    </message>
    <message>
        <source>Show past events</source>
        <translation>Өткен іс-шараларды көрсету</translation>
    </message>
    <message>
        <source>Event «%1» booked in room %2.</source>
        <translation>«%1» іс-шарасы %2 бөлмесіне жоспарланды.</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Іс-шараны болдырмау</translation>
    </message>
    <message>
        <source>Cancel «%1»? Its room and seats become free.</source>
        <translation>«%1» іс-шарасын болдырмау керек пе? Оның бөлмесі мен орындары босайды.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>Алғашқы әкімші</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator&apos;s account; the administrator then adds the registrars, teachers and specialists.</source>
        <translation>Бұл дерекқорда әлі пайдаланушылар жоқ. Әкімшінің тіркелгісін жасаңыз; содан кейін әкімші тіркеушілерді, педагогтерді және мамандарды қосады.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Толық аты-жөні:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>кемінде %1 таңба</translation>
    </message>
    <message>
        <source>Type a login.</source>
        <translation>Логинді енгізіңіз.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s full name.</source>
        <translation>Әкімшінің аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The password is too short: %1 of at least %2 characters.</source>
        <translation>Құпиясөз тым қысқа: кемінде %2 таңбаның %1 таңбасы.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз сәйкес емес.</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>Құпиясөзді қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>The centre has no rooms yet. Start with the rooms and their seats: clubs meet in them and the building&apos;s limit is counted from them.</source>
        <translation>Орталықта әлі бөлмелер жоқ. Бөлмелер мен олардың орын санынан бастаңыз: үйірмелер сонда өтеді, ғимараттың шегі де солар бойынша саналады.</translation>
    </message>
    <message>
        <source>Add rooms…</source>
        <translation>Бөлмелерді қосу…</translation>
    </message>
    <message>
        <source>There are no clubs yet. Add the clubs next, then their groups.</source>
        <translation>Үйірмелер әлі жоқ. Енді үйірмелерді, содан кейін олардың топтарын қосыңыз.</translation>
    </message>
    <message>
        <source>Add clubs…</source>
        <translation>Үйірмелерді қосу…</translation>
    </message>
    <message>
        <source>The clubs have no groups yet: children are enrolled into groups.</source>
        <translation>Үйірмелерде әлі топтар жоқ: балалар топтарға қабылданады.</translation>
    </message>
    <message>
        <source>Add groups…</source>
        <translation>Топтарды қосу…</translation>
    </message>
    <message>
        <source>No group meets yet. Put the groups on the timetable: the rooms&apos; and the building&apos;s load come from it.</source>
        <translation>Әзірге бірде-бір топтың сабағы жоқ. Топтарды сабақ кестесіне қойыңыз: бөлмелер мен ғимараттың жүктемесі соған қарай есептеледі.</translation>
    </message>
    <message>
        <source>Open the timetable…</source>
        <translation>Сабақ кестесін ашу…</translation>
    </message>
    <message>
        <source>Ask an administrator to do it.</source>
        <translation>Мұны әкімшіден сұраңыз.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Топты өзгерту</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <source>Club:</source>
        <translation>Үйірме:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Орын саны:</translation>
    </message>
    <message>
        <source>Youngest age:</source>
        <translation>Ең кіші жасы:</translation>
    </message>
    <message>
        <source>Oldest age:</source>
        <translation>Ең үлкен жасы:</translation>
    </message>
    <message>
        <source>Teaching language:</source>
        <translation>Оқыту тілі:</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>Қаржыландыру:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Offer held until</source>
        <translation>Орын сақталу мерзімі</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кезектегі орны</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Топ тізімі</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ұсынылған орындар</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Күту тізімі</translation>
    </message>
    <message>
        <source>Enrol a child…</source>
        <translation>Баланы қабылдау…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Шығару…</translation>
    </message>
    <message>
        <source>Move to another group…</source>
        <translation>Басқа топқа ауыстыру…</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Ұсынылған орынға келісу</translation>
    </message>
    <message>
        <source>Decline offer…</source>
        <translation>Ұсынылған орыннан бас тарту…</translation>
    </message>
    <message>
        <source>Seats…</source>
        <translation>Орын саны…</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>Топ тізімін басып шығару…</translation>
    </message>
    <message>
        <source>Attendance sheet…</source>
        <translation>Қатысу табелі…</translation>
    </message>
    <message>
        <source>%1 — %2 free of %3</source>
        <translation>%1 — %3 орынның %2 орны бос</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>күту тізімінде: %n</numerusform>
            <numerusform>күту тізімінде: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a group on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Сол жақтан топты таңдаңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roster (%1)</source>
        <translation>Топ тізімі (%1)</translation>
    </message>
    <message>
        <source>Offers (%1)</source>
        <translation>Ұсынылған орындар (%1)</translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>Күту тізімі (%1)</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>%1 бөлме</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 offered, %3 free of %4</source>
        <translation>%4 орынның: %1 қабылданған, %2 ұсынылған, %3 бос</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Сабақ кестесі</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <source>Withdraw %1 from %2? Reason:</source>
        <translation>Баланы (%1) %2 тобынан шығару керек пе? Себебі:</translation>
    </message>
    <message>
        <source>%1 withdrawn from %2.</source>
        <translation>%1 — %2 тобынан шығарылды.</translation>
    </message>
    <message>
        <source>The seat went to %1 (%2); call %3.</source>
        <translation>Орын берілді: %1 (%2); %3 нөміріне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source>Move %1 to group:</source>
        <translation>Баланы (%1) қай топқа ауыстыру керек:</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 — %2 тобына ауыстырылды.</translation>
    </message>
    <message>
        <source>%1 accepted the seat in %2.</source>
        <translation>%1 — %2 тобындағы орынға келісім берді.</translation>
    </message>
    <message>
        <source>Decline offer</source>
        <translation>Ұсынылған орыннан бас тарту</translation>
    </message>
    <message>
        <source>Record that %1 declines the seat in %2? The seat goes to the next child on the waitlist.</source>
        <translation>Бала (%1) %2 тобындағы орыннан бас тартқанын тіркеу керек пе? Орын күту тізіміндегі келесі балаға беріледі.</translation>
    </message>
    <message>
        <source>%1 declined the seat in %2.</source>
        <translation>%1 — %2 тобындағы орыннан бас тартты.</translation>
    </message>
    <message>
        <source>Seats in %1:</source>
        <translation>%1 тобындағы орын саны:</translation>
    </message>
    <message>
        <source>%1 now has %2 seats.</source>
        <translation>%1 тобында енді %2 орын.</translation>
    </message>
    <message>
        <source>Roster %1</source>
        <translation>Топ тізімі %1</translation>
    </message>
    <message>
        <source>Attendance %1 %2</source>
        <translation>Қатысу табелі %1 %2</translation>
    </message>
    <message>
        <source>Filter by club, code, teacher or day</source>
        <translation>Үйірме, код, педагог немесе күн бойынша сүзу</translation>
    </message>
</context>
<context>
    <name>GuardianBox</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кім болып келеді</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>add</source>
        <translation>қосу</translation>
    </message>
    <message>
        <source>update #%1: %2</source>
        <translation>жаңарту #%1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Не болады</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Import children</source>
        <translation>Балаларды импорттау</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file with a header row</source>
        <translation>Тақырып жолы бар .csv немесе .xlsx файлы</translation>
    </message>
    <message>
        <source>The columns are those of the children&apos;s export: a blank id adds a child, the id of a registered child updates it (blank cells keep what is stored). Nothing is imported while any row is wrong.</source>
        <translation>Бағандар балалар экспортындағыдай: id бос болса, жаңа бала қосылады, тіркелген баланың id-і көрсетілсе, сол баланың деректері жаңартылады (бос ұяшықтар бұрынғы мәнін сақтайды). Кемінде бір жолда қате болса, ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Кестелер (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 тексерілуде…</translation>
    </message>
    <message>
        <source>To import (%1)</source>
        <translation>Импортталады (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Қателер (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Ескертулер (%1)</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Импортталды: %1 қосылды, %2 жаңартылды.</translation>
    </message>
    <message>
        <source>Choose a file to see what will be imported.</source>
        <translation>Не импортталатынын көру үшін файлды таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported until the %n problem(s) are corrected in the file.</source>
        <translation>
            <numerusform>Файлдағы %n қате түзетілмейінше, ештеңе импортталмайды.</numerusform>
            <numerusform>Файлдағы %n қате түзетілмейінше, ештеңе импортталмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 to add, %2 to update, %3 already up to date.</source>
        <translation>Дайын: %1 қосылады, %2 жаңартылады, %3 өзгеріссіз.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Импорт тоқтатылды; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Жолдар тексерілуде…</translation>
    </message>
    <message>
        <source>Comparing with the registry…</source>
        <translation>Тізіліммен салыстырылуда…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preparing every group&apos;s attendance sheet…</source>
        <translation>Барлық топтардың қатысу табельдері дайындалуда…</translation>
    </message>
    <message>
        <source>Attendance %1</source>
        <translation>Қатысу табелі %1</translation>
    </message>
    <message>
        <source>enrol — the centre&apos;s front desk</source>
        <translation>enrol — орталықтың тіркеу бөлімі</translation>
    </message>
    <message>
        <source>&amp;Front desk</source>
        <translation>&amp;Тіркеу бөлімі</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <source>&amp;New child…</source>
        <translation>&amp;Жаңа бала…</translation>
    </message>
    <message>
        <source>&amp;Find a child</source>
        <translation>Баланы і&amp;здеу</translation>
    </message>
    <message>
        <source>&amp;Enrol in a group…</source>
        <translation>&amp;Топқа қабылдау…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жаңа&amp;рту</translation>
    </message>
    <message>
        <source>Print every group&apos;s &amp;attendance sheet…</source>
        <translation>Барлық топтардың қатысу табелін &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Құпиясөзімді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Move or edit a meeting</source>
        <translation>Сабақты ауыстыру не өзгерту</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Жаңа сабақ</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Топ:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Бөлме:</translation>
    </message>
    <message>
        <source>Choose a group and a room.</source>
        <translation>Топ пен бөлмені таңдаңыз.</translation>
    </message>
    <message>
        <source>No clashes; seats and the building&apos;s capacity allow it.</source>
        <translation>Қабаттасу жоқ; орын саны мен ғимараттың сыйымдылығы жетеді.</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Attendance sheets</source>
        <translation>Қатысу табельдері</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Ай</translation>
    </message>
    <message>
        <source>Blank sheet (boxes to fill in by hand)</source>
        <translation>Бос табель (ұяшықтары қолмен толтырылады)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Топ:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Ай:</translation>
    </message>
    <message>
        <source>%1 sessions, %2 children; attended %3 of %4 marks (%5).</source>
        <translation>%1 сабақ, %2 бала; %4 белгінің %3 белгісі — қатысу (%5).</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Сабақ кестесі</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Бөлмелер</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Мамандар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Enrolment &amp; rosters</source>
        <translation>Қабылдау және тізімдер</translation>
    </message>
    <message>
        <source>Clubs &amp; staff setup</source>
        <translation>Үйірмелер мен штатты баптау</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Кіреберіс</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <source>Call the guardian about each offered seat before it expires; mark the notification done when you have called.</source>
        <translation>Ұсынылған әр орын туралы мерзімі өткенше заңды өкілге хабарласыңыз; қоңырау шалғаннан кейін хабарламаны орындалды деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Called — mark done</source>
        <translation>Хабарластым — орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Show done ones too</source>
        <translation>Орындалғандарын да көрсету</translation>
    </message>
</context>
<context>
    <name>NowPage</name>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>(offered)</source>
        <translation>(орын ұсынылған)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>маман қабылдауы</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Moment:</source>
        <translation>Уақыт мезеті:</translation>
    </message>
    <message>
        <source>Evacuation list…</source>
        <translation>Эвакуация тізімі…</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Қабаттар жоспары</translation>
    </message>
    <message>
        <source>Week heat map</source>
        <translation>Апталық жүктеме картасы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions that day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Осы күнгі сабақтар&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Хабарламалар&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Тәулік уақыты</translation>
    </message>
    <message>
        <source>Nothing to call about.</source>
        <translation>Ешкімге хабарласудың қажеті жоқ.</translation>
    </message>
    <message>
        <source>Floor %1 — %2 children</source>
        <translation>%1-қабат — %2 бала</translation>
    </message>
    <message>
        <source>%1 of %2 children in the building</source>
        <translation>Ғимаратта %1 бала (сыйымдылығы %2)</translation>
    </message>
    <message>
        <source>Floor %1: %2</source>
        <translation>%1-қабат: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a room on the plan to see who is expected there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Бөлмеде кім күтілетінін көру үшін жоспардағы бөлмені басыңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 expected of %2 seats</source>
        <translation>Күтілетіні: %1 (орын саны %2)</translation>
    </message>
    <message>
        <source>Adult in charge: %1</source>
        <translation>Жауапты: %1</translation>
    </message>
    <message>
        <source>Event: %1 (%2 people)</source>
        <translation>Іс-шара: %1 (%2 адам)</translation>
    </message>
    <message>
        <source>The building</source>
        <translation>Бүкіл ғимарат</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1-қабат</translation>
    </message>
    <message>
        <source>Room %1 · %2</source>
        <translation>%1 бөлме · %2</translation>
    </message>
    <message>
        <source>Nobody is expected in a typical week.</source>
        <translation>Әдеттегі аптада ешкім күтілмейді.</translation>
    </message>
    <message>
        <source>Peak: %1 children on %2 at %3 (capacity %4)</source>
        <translation>Ең көбі: %1 бала — %2, %3 (сыйымдылығы %4)</translation>
    </message>
    <message>
        <source>Over capacity: %1</source>
        <translation>Сыйымдылықтан асатын уақыт: %1</translation>
    </message>
    <message>
        <source>Evacuation list %1</source>
        <translation>Эвакуация тізімі %1</translation>
    </message>
    <message>
        <source>Evacuation list of who is inside…</source>
        <translation>Ішіндегілердің эвакуация тізімі…</translation>
    </message>
    <message>
        <source>Inside now (entrance scans): %1; not in a class: %2</source>
        <translation>Қазір ішінде (кіреберіс бойынша): %1; сабақта емес: %2</translation>
    </message>
    <message>
        <source>Evacuation list of who is inside %1</source>
        <translation>Ішіндегілердің эвакуация тізімі %1</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>Who may collect the child</source>
        <translation>Баланы кім алып кете алады</translation>
    </message>
    <message>
        <source>Goes home alone</source>
        <translation>Үйге өзі бара ма</translation>
    </message>
    <message>
        <source>May collect the child</source>
        <translation>Баланы алып кете алады</translation>
    </message>
    <message>
        <source>Authorise another adult</source>
        <translation>Басқа ересекке рұқсат беру</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>New card (the old one stops working)…</source>
        <translation>Жаңа карта (ескісі жұмысын тоқтатады)…</translation>
    </message>
    <message>
        <source>By age (now: %1)</source>
        <translation>Жасына қарай (қазір: %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Yes, the guardian said so</source>
        <translation>Иә, заңды өкіл осылай айтты</translation>
    </message>
    <message>
        <source>No, the guardian said so</source>
        <translation>Жоқ, заңды өкіл осылай айтты</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>заңды өкіл</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>рұқсат етілген</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Жаңа карта</translation>
    </message>
    <message>
        <source>The old card will stop working and say it was replaced. Issue a new card?</source>
        <translation>Ескі карта жұмысын тоқтатып, ауыстырылғанын көрсетеді. Жаңа карта берілсін бе?</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>Алдын ала қарау — %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Children of</source>
        <translation>Балалар тобы</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Тегін</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ақылы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Толған</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Толуы</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Кім/не</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Қатысқан</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>In a row</source>
        <translation>Қатарынан</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; children served, &lt;b&gt;%2&lt;/b&gt; of them for free (%3); %4 new, %5 returning; %6 places, %7 of them free (%8).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; бала қамтылды, оның &lt;b&gt;%2&lt;/b&gt; тегін (%3); %4 жаңа, %5 қайта келген; %6 орын, оның %7 тегін (%8).</translation>
    </message>
    <message>
        <source>free</source>
        <translation>тегін</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>ақылы</translation>
    </message>
    <message>
        <source>children served for free</source>
        <translation>тегін қамтылған балалар</translation>
    </message>
    <message>
        <source>free places</source>
        <translation>тегін орындар</translation>
    </message>
    <message>
        <source>Share served for free</source>
        <translation>Тегін қамтылғандар үлесі</translation>
    </message>
    <message>
        <source>city target %1</source>
        <translation>қала мақсаты %1</translation>
    </message>
    <message>
        <source>By funding</source>
        <translation>Қаржыландыру бойынша</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>Жасы бойынша</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Жынысы бойынша</translation>
    </message>
    <message>
        <source>By direction</source>
        <translation>Бағыттар бойынша</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Аудандар бойынша</translation>
    </message>
    <message>
        <source>By club</source>
        <translation>Үйірмелер бойынша</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ешкім жоқ</translation>
    </message>
    <message>
        <source>Week of %1: peak &lt;b&gt;%2&lt;/b&gt; of %3 children (%4); %5 of %6 seats in groups taken, %7 waiting.</source>
        <translation>%1 аптасы: ең жоғары жүктеме &lt;b&gt;%2&lt;/b&gt; / %3 бала (%4); топтардағы %6 орынның %5 толған, %7 күтуде.</translation>
    </message>
    <message>
        <source>Under-filled groups (less than half the seats taken)</source>
        <translation>Толмаған топтар (орындардың жартысынан азы толған)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Groups with long waitlists</source>
        <translation>Күту тізімі ұзын топтар</translation>
    </message>
    <message>
        <source>%1 sessions recorded, attendance &lt;b&gt;%2&lt;/b&gt;; &lt;b&gt;%3&lt;/b&gt; children at risk of dropping out.</source>
        <translation>%1 сабақ белгіленді, қатысу &lt;b&gt;%2&lt;/b&gt;; оқудан шығып кету қаупі бар &lt;b&gt;%3&lt;/b&gt; бала.</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>No attendance recorded in this period</source>
        <translation>Бұл кезеңде қатысу белгіленбеген</translation>
    </message>
    <message>
        <source>Save as XLSX</source>
        <translation>XLSX ретінде сақтау</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Пайдалану</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Children at risk of dropping out</source>
        <translation>Оқудан шығып кету қаупі бар балалар</translation>
    </message>
    <message>
        <source>Rates by group</source>
        <translation>Топтар бойынша қатысу</translation>
    </message>
    <message>
        <source>Rates by club</source>
        <translation>Үйірмелер бойынша қатысу</translation>
    </message>
    <message>
        <source>Rates by teacher</source>
        <translation>Педагогтер бойынша қатысу</translation>
    </message>
    <message>
        <source>Rates by month</source>
        <translation>Айлар бойынша қатысу</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>%n child(ren) had no activity for longer than the retention period. Anonymise their data now? (Names, IIN, contacts and notes are removed; statistics stay.)</source>
        <translation>
            <numerusform>%n балада сақтау мерзімінен ұзақ уақыт бойы ешқандай белсенділік болмаған. Олардың деректерін қазір иесіздендіру керек пе? (Аты-жөні, ЖСН, байланыс деректері мен ескертпелер жойылады; статистика сақталады.)</numerusform>
            <numerusform>%n балада сақтау мерзімінен ұзақ уақыт бойы ешқандай белсенділік болмаған. Олардың деректерін қазір иесіздендіру керек пе? (Аты-жөні, ЖСН, байланыс деректері мен ескертпелер жойылады; статистика сақталады.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Тіркеуші</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Entrance desk</source>
        <translation>Кіреберіс посты</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Edit room</source>
        <translation>Бөлмені өзгерту</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Жаңа бөлме</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>Қабаты:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Орын саны:</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Пайдаланылады</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Floor</source>
        <translation>Қабат</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Пайдаланылады</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Жаңа бөлме…</translation>
    </message>
    <message>
        <source>Edit room…</source>
        <translation>Бөлмені өзгерту…</translation>
    </message>
    <message>
        <source>Choose a room to see its week.</source>
        <translation>Бөлменің аптасын көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Room %1 · %2&lt;/b&gt; — the typical week against its %3 seats.</source>
        <translation>&lt;b&gt;%1 бөлме · %2&lt;/b&gt; — әдеттегі апта және %3 орын.</translation>
    </message>
    <message>
        <source>Busiest: %1 children on %2 at %3.</source>
        <translation>Ең көбі: %1 бала — %2, %3.</translation>
    </message>
    <message>
        <source>No group meets here.</source>
        <translation>Мұнда бірде-бір топтың сабағы жоқ.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h2&gt;The centre&apos;s settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Орталық баптаулары&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Centre&apos;s name on documents:</source>
        <translation>Құжаттардағы орталық атауы:</translation>
    </message>
    <message>
        <source>Building capacity (children at once):</source>
        <translation>Ғимарат сыйымдылығы (бір уақыттағы балалар саны):</translation>
    </message>
    <message>
        <source>First school shift:</source>
        <translation>Мектептің бірінші ауысымы:</translation>
    </message>
    <message>
        <source>Second school shift:</source>
        <translation>Мектептің екінші ауысымы:</translation>
    </message>
    <message>
        <source>Age counted on:</source>
        <translation>Жас есептелетін күн:</translation>
    </message>
    <message>
        <source>Days a freed seat is held:</source>
        <translation>Босаған орын сақталатын күндер:</translation>
    </message>
    <message>
        <source>When a seat frees:</source>
        <translation>Орын босағанда:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Оқу жылы:</translation>
    </message>
    <message>
        <source>Language of the program and documents:</source>
        <translation>Бағдарлама мен құжаттардың тілі:</translation>
    </message>
    <message>
        <source>A child with nothing on today&apos;s timetable at the door:</source>
        <translation>Бүгін кестесінде ештеңесі жоқ бала кіреберісте:</translation>
    </message>
    <message>
        <source>Goes home alone from the age of:</source>
        <translation>Үйге өзі кететін жасы:</translation>
    </message>
    <message>
        <source>No enrolment, booking or event may bring more children into the building at once; lowering it below the week&apos;s peak asks first and names the groups above the new limit.</source>
        <translation>Ешбір қабылдау, жазылу немесе іс-шара ғимаратқа бір мезетте бұдан көп бала әкелмейді; оны аптаның ең жоғары жүктемесінен төмендетуден бұрын сұрайды және жаңа шектен асатын топтарды атайды.</translation>
    </message>
    <message>
        <source>Whether the entrance lets in a child who has no class, appointment or event today, lets them in with a notice, or refuses them.</source>
        <translation>Бүгін сабағы, қабылдауы немесе іс-шарасы жоқ баланы кіреберіс кіргізе ме, ескертумен кіргізе ме, әлде кіргізбей ме.</translation>
    </message>
    <message>
        <source>A younger child leaves only with a guardian or an authorised adult, unless the guardian said otherwise on the child&apos;s page.</source>
        <translation>Кішірек бала тек заңды өкілімен немесе рұқсат етілген ересекпен кетеді, егер заңды өкілі бала парағында басқаша айтпаса.</translation>
    </message>
    <message>
        <source>is let in</source>
        <translation>кіргізіледі</translation>
    </message>
    <message>
        <source>is let in with a notice</source>
        <translation>ескертумен кіргізіледі</translation>
    </message>
    <message>
        <source>is refused</source>
        <translation>кіргізілмейді</translation>
    </message>
    <message>
        <source>offer it to the head of the waitlist</source>
        <translation>күту тізіміндегі біріншіге ұсыну</translation>
    </message>
    <message>
        <source>enrol the head of the waitlist at once</source>
        <translation>күту тізіміндегі біріншіні бірден қабылдау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Өзгерістерді қайтару</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The building is already over the new capacity of %1 at: %2. No enrolment will add children at these moments.</source>
        <translation>Ғимараттағы балалар саны мына уақыттарда жаңа сыйымдылықтан (%1) қазірдің өзінде асып тұр: %2. Бұл уақыттарға бала қосатын қабылдау жүргізілмейді.</translation>
    </message>
    <message>
        <source>Building capacity</source>
        <translation>Ғимарат сыйымдылығы</translation>
    </message>
    <message>
        <source>The building expects %1 children at the week&apos;s peak (%2), more than %3. Groups meeting above the new limit: %4. Nobody could join them until fewer children come. Set the capacity to %3 all the same?</source>
        <translation>Аптаның ең жоғары сәтінде (%2) ғимаратта %1 бала күтіледі, бұл %3 санынан көп. Жаңа шектен асып кездесетін топтар: %4. Балалар азайғанша оларға ешкім қосыла алмайды. Бәрібір сыйымдылықты %3 етіп орнату керек пе?</translation>
    </message>
    <message>
        <source>Absences before the registrar is told:</source>
        <translation>Тіркеушіге хабарланатын қатыспау саны:</translation>
    </message>
    <message>
        <source>A child without a signed consent:</source>
        <translation>Қол қойылған келісімі жоқ бала:</translation>
    </message>
    <message>
        <source>Keep a child&apos;s data for (years):</source>
        <translation>Бала деректерін сақтау мерзімі (жыл):</translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation>Сақталатын автоматты сақтық көшірмелер:</translation>
    </message>
    <message>
        <source>Printed at the top of rosters, attendance sheets, cards and reports.</source>
        <translation>Топ тізімдерінің, қатысу табельдерінің, кестелер мен есептердің басында басылады.</translation>
    </message>
    <message>
        <source>A first-shift child is not enrolled, without a reason, in a group meeting on a school day in these hours.</source>
        <translation>Бірінші ауысымдағы бала осы сағаттарда мектеп күні өтетін топқа себепсіз қабылданбайды.</translation>
    </message>
    <message>
        <source>The same for second-shift children.</source>
        <translation>Екінші ауысымдағы балаларға да солай.</translation>
    </message>
    <message>
        <source>A child&apos;s age for a group&apos;s age range is counted on this day of the academic year.</source>
        <translation>Топтың жас шегі үшін баланың жасы оқу жылының осы күніне есептеледі.</translation>
    </message>
    <message>
        <source>How long a freed seat is held for the child it is offered to before the next one on the waitlist gets it.</source>
        <translation>Босаған орын күту тізіміндегі келесі балаға берілмес бұрын ұсынылған балаға қанша күн сақталады.</translation>
    </message>
    <message>
        <source>Whether the guardian is asked first, or the child is enrolled straight away.</source>
        <translation>Алдымен заңды өкілден сұрала ма, әлде бала бірден қабылдана ма.</translation>
    </message>
    <message>
        <source>New groups belong to this year; enrolments start within it.</source>
        <translation>Жаңа топтар осы жылға жатады; қабылдау осы жыл ішінде басталады.</translation>
    </message>
    <message>
        <source>The language the program opens in and documents are printed in.</source>
        <translation>Бағдарлама ашылатын және құжаттар басылатын тіл.</translation>
    </message>
    <message>
        <source>After this many unexcused absences in a row the child is listed for a call to the guardian.</source>
        <translation>Қатарынан осынша себепсіз қатыспаудан кейін бала заңды өкілге қоңырау шалу тізіміне енеді.</translation>
    </message>
    <message>
        <source>While paper consents are being entered a child without one is enrolled and flagged; once they are in, refuse such enrolments.</source>
        <translation>Қағаз келісімдер енгізіліп жатқанда келісімі жоқ бала қабылданып, белгіленеді; олар енгізілгеннен кейін мұндай қабылдаудан бас тартыңыз.</translation>
    </message>
    <message>
        <source>Years after a child&apos;s last activity before an administrator is asked to anonymise their data.</source>
        <translation>Баланың соңғы белсенділігінен кейін әкімшіге оның деректерін иесіздендіру ұсынылғанға дейінгі жылдар саны.</translation>
    </message>
    <message>
        <source>How many of the automatic backups made at start and daily are kept; older ones are deleted.</source>
        <translation>Іске қосылғанда және күн сайын жасалатын автоматты көшірмелердің нешеуі сақталады; ескілері жойылады.</translation>
    </message>
    <message>
        <source>is enrolled and flagged (while paper consents are entered)</source>
        <translation>қабылданып, белгіленеді (қағаз келісімдер енгізілгенше)</translation>
    </message>
    <message>
        <source>is not enrolled</source>
        <translation>қабылданбайды</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to enrol</source>
        <translation>enrol жүйесіне кіру</translation>
    </message>
    <message>
        <source>enrol — the centre&apos;s front desk</source>
        <translation>enrol — орталықтың тіркеу бөлімі</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
</context>
<context>
    <name>SmokeCheck</name>
    <message>
        <source>Set ENROL_PASSWORD to the password of %1</source>
        <translation>ENROL_PASSWORD айнымалысына %1 пайдаланушысының құпиясөзін жазыңыз</translation>
    </message>
    <message>
        <source>%1: «%2» is cut off (it needs %3 px, it has %4 px) [%5]</source>
        <translation>%1: «%2» толық көрінбейді (%3 пкс керек, %4 пкс бар) [%5]</translation>
    </message>
    <message>
        <source>%1: the window needs at least %2, the screen gives %3</source>
        <translation>%1: терезеге кемінде %2 керек, экранда %3 бар</translation>
    </message>
    <message>
        <source>%1: the dialog needs at least %2, the screen gives %3</source>
        <translation>%1: диалог терезесіне кемінде %2 керек, экранда %3 бар</translation>
    </message>
    <message>
        <source>%1: the dialog opens at %2, larger than the screen&apos;s %3</source>
        <translation>%1: диалог терезесі %2 өлшемде ашылады, бұл экраннан (%3) үлкен</translation>
    </message>
    <message>
        <source>An unexpected error: %1</source>
        <translation>Күтпеген қате: %1</translation>
    </message>
    <message>
        <source>%1 problem(s); %2 page(s) and %3 dialog(s) checked at %4.</source>
        <translation>Ақаулар: %1; %4 өлшемде тексерілді: %2 бет, %3 диалог.</translation>
    </message>
</context>
<context>
    <name>SpecialistsPage</name>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Жолдаған</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Алдыңғы апта</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Келесі апта ▶</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Жазу…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Болдырмау…</translation>
    </message>
    <message>
        <source>My notes…</source>
        <translation>Менің жазбаларым…</translation>
    </message>
    <message>
        <source>Refer a child…</source>
        <translation>Баланы жолдау…</translation>
    </message>
    <message>
        <source>Book for this referral…</source>
        <translation>Осы жолдама бойынша жазу…</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Жолдаманы жабу</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <source>Referrals (%1)</source>
        <translation>Жолдамалар (%1)</translation>
    </message>
    <message>
        <source>Double-click a free time to book it; click an appointment to change it.</source>
        <translation>Жазу үшін бос уақытты екі рет басыңыз; қабылдауды өзгерту үшін оны бір рет басыңыз.</translation>
    </message>
    <message>
        <source>Booked:</source>
        <translation>Жазылды:</translation>
    </message>
    <message>
        <source>Not booked:</source>
        <translation>Жазылмады:</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Қабылдаулар</translation>
    </message>
    <message>
        <source>Appointments cancelled: %1.</source>
        <translation>Болдырылмаған қабылдаулар: %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Қабылдауды болдырмау</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 at %2?</source>
        <translation>%2 уақытындағы қабылдауды (%1) болдырмау керек пе?</translation>
    </message>
    <message>
        <source>Appointments booked: %1.</source>
        <translation>Жазылған қабылдаулар: %1.</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Тек осыны</translation>
    </message>
    <message>
        <source>This and the later ones</source>
        <translation>Осыны және кейінгілерін</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>%1 уақытына ауыстырылды.</translation>
    </message>
    <message>
        <source>The note is saved; only you can read it.</source>
        <translation>Жазба сақталды; оны тек сіз оқи аласыз.</translation>
    </message>
    <message>
        <source>The referral is recorded.</source>
        <translation>Жолдама тіркелді.</translation>
    </message>
    <message>
        <source>The referral is closed.</source>
        <translation>Жолдама жабылды.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Қызметкер деректерін өзгерту</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Жаңа қызметкер</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Мамандығы:</translation>
    </message>
    <message>
        <source>Cabinet:</source>
        <translation>Кабинет:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Works at the centre</source>
        <translation>Орталықта жұмыс істейді</translation>
    </message>
</context>
<context>
    <name>StillInsidePanel</name>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Inside since</source>
        <translation>Ішінде, қашаннан</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Still inside after the last class</source>
        <translation>Соңғы сабақтан кейін әлі ішінде</translation>
    </message>
    <message>
        <source>These children were not scanned out: call the guardians.</source>
        <translation>Бұл балалардың шығуы белгіленбеді: заңды өкілдерге қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>Күнді жабу…</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Күнді жабу</translation>
    </message>
    <message>
        <source>Every child still inside is recorded as out. Reason:</source>
        <translation>Әлі ішіндегі әр баланың шығуы белгіленеді. Себебі:</translation>
    </message>
</context>
<context>
    <name>StorageProblemDialog</name>
    <message>
        <source>Storage problem</source>
        <translation>Деректерді сақтау ақауы</translation>
    </message>
    <message>
        <source>The latest good backup was made %1 (%2). Restoring it replaces the database with it; the present file is kept beside it first, so nothing is deleted.</source>
        <translation>Соңғы жарамды сақтық көшірме %1 жасалған (%2). Оны қалпына келтірсеңіз, дерекқор осы көшірмемен алмастырылады; қазіргі файл алдымен жанына сақталады, сондықтан ештеңе жойылмайды.</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Соңғы сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>There is no backup to restore from. Ask IT to check the file.</source>
        <translation>Қалпына келтіретін сақтық көшірме жоқ. IT бөлімінен файлды тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Басқа файлды ашу…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Басқа дерекқор файлын ашу</translation>
    </message>
    <message>
        <source>enrol databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>enrol дерекқорлары (*.sqlite *.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Жаңа сабақ…</translation>
    </message>
    <message>
        <source>Move or edit…</source>
        <translation>Ауыстыру не өзгерту…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n сабақ</numerusform>
            <numerusform>%n сабақ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>аптасына %1 сағ</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Сабақты алып тастау</translation>
    </message>
    <message>
        <source>Remove the meeting of %1 on %2 %3–%4 in room %5?</source>
        <translation>%1 тобының сабағын (%2 %3–%4, %5 бөлме) алып тастау керек пе?</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Толық аты-жөні:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Қызметкер:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>кемінде %1 таңба</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Соңғы кіруі</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>%1 дейін бұғатталған</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Жаңа пайдаланушы…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Құпиясөз орнату…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Құпиясөзімді өзгерту…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Қайта қосу</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Құпиясөз орнату</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 үшін жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Deactivate?</source>
        <translation>%1 енді кіре алмайды. Өшіру керек пе?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the action was not completed. Please send the log file %1 to IT.</source>
        <translation>Бірдеңе дұрыс болмады, әрекет аяқталмады. %1 журнал файлын IT бөліміне жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>seat offered — expires soon</source>
        <translation>орын ұсынылды — мерзімі жақында бітеді</translation>
    </message>
    <message>
        <source>seat offered</source>
        <translation>орын ұсынылды</translation>
    </message>
    <message>
        <source>enrolled from the waitlist</source>
        <translation>күту тізімінен қабылданды</translation>
    </message>
    <message>
        <source>offer expired</source>
        <translation>ұсыныс мерзімі өтті</translation>
    </message>
    <message>
        <source>absent several times in a row</source>
        <translation>қатарынан бірнеше рет қатыспады</translation>
    </message>
    <message>
        <source>A seat in %1 is offered to %2: call %3 (%4) to accept or decline it by %5.</source>
        <translation>%2 үшін %1 тобында орын ұсынылды: %5 дейін қабылдау не бас тарту үшін %3 (%4) қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>%2 got a seat in %1 from the waitlist: call %3 (%4) to say when to come.</source>
        <translation>%2 күту тізімінен %1 тобына орын алды: қашан келу керегін айту үшін %3 (%4) қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>The seat in %1 offered to %2 was not answered in time: call %3 (%4) to tell them.</source>
        <translation>%2 үшін %1 тобында ұсынылған орынға уақытында жауап берілмеді: хабарлау үшін %3 (%4) қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>%2 missed %1 several times in a row: call %3 (%4) to ask why.</source>
        <translation>%2 %1 тобының сабағына қатарынан бірнеше рет қатыспады: себебін сұрау үшін %3 (%4) қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>%2, %1: call %3 (%4).</source>
        <translation>%2, %1: %3 (%4) қоңырау шалыңыз.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Деректерді сақтау ақауы</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>waitlisted, position %1</source>
        <translation>күту тізімінде, кезектегі орны: %1</translation>
    </message>
    <message>
        <source>offered a seat until %1</source>
        <translation>орын %1 дейін ұсынылды</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>күту тізімінде</translation>
    </message>
    <message>
        <source>offered a seat</source>
        <translation>орын ұсынылды</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>шығарылды</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>оқуын аяқтады</translation>
    </message>
    <message>
        <source>declined the offer</source>
        <translation>орыннан бас тартты</translation>
    </message>
    <message>
        <source>offer expired</source>
        <translation>ұсыныс мерзімі өтті</translation>
    </message>
</context>
</TS>
