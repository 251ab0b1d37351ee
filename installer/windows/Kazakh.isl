; Kazakh messages of enrol's installer (Inno Setup 6). Inno Setup ships no Kazakh translation, so this file
; holds the messages the wizard and the uninstaller actually show, translated for the centre's staff.
; enrol.iss reads it after Default.isl ("compiler:Default.isl,Kazakh.isl"): any message not here (rare errors,
; messages added by a newer Inno Setup) shows in English instead of failing the build.
; Saved as UTF-8 with a byte order mark, which Inno Setup 6 needs to read non-Latin text.

[LangOptions]
LanguageName=Қазақ тілі
LanguageID=$043F
; 0: list the language in the language dialog on every Windows (Kazakh letters are not in code page 1251)
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 жою

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr messages
SetupLdrStartupMessage=%1 орнатылады. Жалғастырасыз ба?
LdrCannotCreateTemp=Уақытша файл жасалмады. Орнату тоқтатылды
LdrCannotExecTemp=Уақытша қалтадағы файл іске қосылмады. Орнату тоқтатылды

; *** Startup error messages
LastErrorMessage=%1.%n%nҚате %2: %3
SetupFileMissing=Орнату қалтасында %1 файлы жоқ. Мәселені түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorrupt=Орнату файлдары бүлінген. Бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorruptOrWrongVer=Орнату файлдары бүлінген немесе орнату бағдарламасының бұл нұсқасына сәйкес келмейді. Мәселені түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
InvalidParameter=Пәрмен жолында жарамсыз параметр берілді:%n%n%1
SetupAlreadyRunning=Орнату бағдарламасы қазір жұмыс істеп тұр.
WindowsVersionNotSupported=Бұл бағдарлама компьютердегі Windows нұсқасын қолдамайды.
OnlyOnTheseArchitectures=Бұл бағдарламаны тек келесі процессор архитектураларына арналған Windows нұсқаларына орнатуға болады:%n%n%1
WinVersionTooLowError=Бұл бағдарламаға %1 %2 немесе одан жаңа нұсқасы қажет.
WinVersionTooHighError=Бұл бағдарламаны %1 %2 немесе одан жаңа нұсқасына орнату мүмкін емес.
AdminPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші ретінде кіру керек.
PowerUserPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші немесе «Power Users» тобының мүшесі ретінде кіру керек.
SetupAppRunningError=%1 қазір жұмыс істеп тұр.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Болдырмау» батырмасын басыңыз.
UninstallAppRunningError=%1 қазір жұмыс істеп тұр.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Болдырмау» батырмасын басыңыз.

; *** Startup questions (install for me only, or for every user of the PC)
PrivilegesRequiredOverrideTitle=Орнату режимін таңдау
PrivilegesRequiredOverrideInstruction=Орнату режимін таңдаңыз
PrivilegesRequiredOverrideText1=%1 бағдарламасын осы компьютердің барлық пайдаланушылары үшін (әкімші құқығы қажет) немесе тек өзіңіз үшін орнатуға болады.
PrivilegesRequiredOverrideText2=%1 бағдарламасын тек өзіңіз үшін немесе осы компьютердің барлық пайдаланушылары үшін (әкімші құқығы қажет) орнатуға болады.
PrivilegesRequiredOverrideAllUsers=&Барлық пайдаланушылар үшін орнату
PrivilegesRequiredOverrideAllUsersRecommended=&Барлық пайдаланушылар үшін орнату (ұсынылады)
PrivilegesRequiredOverrideCurrentUser=&Тек өзім үшін орнату
PrivilegesRequiredOverrideCurrentUserRecommended=&Тек өзім үшін орнату (ұсынылады)

; *** Misc. errors
ErrorCreatingDir=«%1» қалтасы жасалмады
ErrorTooManyFilesInDir=«%1» қалтасында файл жасалмады: онда файлдар тым көп

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін қайта іске қосып, аяқтауға болады.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=&Орнату бағдарламасы туралы...
AboutSetupTitle=Орнату бағдарламасы туралы
AboutSetupMessage=%1, нұсқасы %2%n%3%n%n%1 сайты:%n%4

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Болдырмау
ButtonYes=&Иә
ButtonYesToAll=Барлығына и&ә
ButtonNo=&Жоқ
ButtonNoToAll=Барлығына ж&оқ
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта жасау

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнату тілін таңдау
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз:

; *** Common wizard text
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Болдырмау» батырмасын басыңыз.
BrowseDialogTitle=Қалтаны шолу
BrowseDialogLabel=Тізімнен қалтаны таңдап, «OK» батырмасын басыңыз.
NewFolderName=Жаңа қалта

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Компьютеріңізге [name/ver] орнатылады.%n%nЖалғастырмас бұрын басқа бағдарламалардың барлығын жабу ұсынылады.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату қалтасын таңдау
SelectDirDesc=[name] қайда орнатылсын?
SelectDirLabel3=[name] келесі қалтаға орнатылады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдау үшін «Шолу» батырмасын басыңыз.
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын қажет.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын қажет.
CannotInstallToNetworkDrive=Желілік дискіге орнату мүмкін емес.
CannotInstallToUNCPath=UNC жолына орнату мүмкін емес.
InvalidPath=Диск әрпі бар толық жолды енгізіңіз, мысалы:%n%nC:\APP%n%nнемесе UNC жолын:%n%n\\server\share
InvalidDrive=Таңдалған диск немесе желілік ресурс жоқ не қолжетімсіз. Басқасын таңдаңыз.
DiskSpaceWarningTitle=Дискіде орын жеткіліксіз
DiskSpaceWarning=Орнатуға кемінде %1 КБ бос орын қажет, ал таңдалған дискіде тек %2 КБ бар.%n%nСонда да жалғастырасыз ба?
DirNameTooLong=Қалта атауы немесе жол тым ұзын.
InvalidDirName=Қалта атауы жарамсыз.
BadDirName32=Қалта атауында мына таңбалар болмауы керек:%n%n%1
DirExistsTitle=Қалта бар
DirExists=Қалта:%n%n%1%n%nбұрыннан бар. Сонда да осы қалтаға орнатасыз ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=Қалта:%n%n%1%n%nжоқ. Оны жасау керек пе?

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша тапсырмаларды таңдау
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» батырмасын басыңыз.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Бастау» мәзіріндегі қалтаны таңдау
SelectStartMenuFolderDesc=Бағдарлама белгішелері қайда орналассын?
SelectStartMenuFolderLabel3=Бағдарлама белгішелері «Бастау» мәзірінің келесі қалтасында жасалады.
SelectStartMenuFolderBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдау үшін «Шолу» батырмасын басыңыз.
MustEnterGroupName=Қалта атауын енгізіңіз.
GroupNameTooLong=Қалта атауы немесе жол тым ұзын.
InvalidGroupName=Қалта атауы жарамсыз.
BadGroupName=Қалта атауында мына таңбалар болмауы керек:%n%n%1
NoProgramGroupCheck2=«Бастау» мәзірінде қалта &жасамау

; *** "Ready to Install" wizard page
WizardReady=Орнатуға дайын
ReadyLabel1=Компьютеріңізге [name] орнатуға бәрі дайын.
ReadyLabel2a=Орнатуды бастау үшін «Орнату» батырмасын, баптауларды қарау не өзгерту үшін «Артқа» батырмасын басыңыз.
ReadyLabel2b=Орнатуды бастау үшін «Орнату» батырмасын басыңыз.
ReadyMemoUserInfo=Пайдаланушы туралы мәлімет:
ReadyMemoDir=Орнату қалтасы:
ReadyMemoType=Орнату түрі:
ReadyMemoComponents=Таңдалған құрамдас бөліктер:
ReadyMemoGroup=«Бастау» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша тапсырмалар:

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=Компьютеріңізге [name] орнатуға дайындық жүріп жатыр.
PreviousInstallNotCompleted=Алдыңғы бағдарламаны орнату не жою аяқталмаған. Оны аяқтау үшін компьютерді қайта іске қосыңыз.%n%nКомпьютер қайта іске қосылғаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Болдырмау» батырмасын басыңыз.
ApplicationsFound=Келесі бағдарламалар орнату кезінде жаңартылатын файлдарды пайдаланып отыр. Оларды автоматты түрде жабуға рұқсат беру ұсынылады.
ApplicationsFound2=Келесі бағдарламалар орнату кезінде жаңартылатын файлдарды пайдаланып отыр. Оларды автоматты түрде жабуға рұқсат беру ұсынылады. Орнату аяқталған соң олар қайта іске қосылады.
CloseApplications=Бағдарламаларды &автоматты түрде жабу
DontCloseApplications=Бағдарламаларды &жаппау
ErrorCloseApplications=Бағдарламалардың барлығын автоматты түрде жабу мүмкін болмады. Жалғастырмас бұрын орнату кезінде жаңартылатын файлдарды пайдаланатын бағдарламаларды жабыңыз.

; *** "Installing" wizard page
WizardInstalling=Орнату
InstallingLabel=Компьютеріңізге [name] орнатылып жатыр, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату аяқталды
FinishedLabelNoIcons=[name] компьютеріңізге орнатылды.
FinishedLabel=[name] компьютеріңізге орнатылды. Бағдарламаны орнатылған белгішелер арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» батырмасын басыңыз.
FinishedRestartLabel=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек. Қазір қайта іске қосасыз ба?
FinishedRestartMessage=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
ShowReadmeCheck=Иә, README файлын қараймын
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, компьютерді кейін өзім қайта іске қосамын
RunEntryExec=%1 іске қосу
RunEntryShellExec=%1 қарау

; *** Installation phase messages
SetupAborted=Орнату аяқталмады.%n%nМәселені түзетіп, орнатуды қайта іске қосыңыз.
AbortRetryIgnoreChooseAction=Әрекетті таңдаңыз
AbortRetryIgnoreRetry=Қайта &көру
AbortRetryIgnoreIgnore=Қатені елемей &жалғастыру
AbortRetryIgnoreCancel=Орнатуды болдырмау

; *** Installation status messages
StatusClosingApplications=Бағдарламалар жабылып жатыр...
StatusCreateDirs=Қалталар жасалып жатыр...
StatusExtractFiles=Файлдар шығарылып жатыр...
StatusCreateIcons=Белгішелер жасалып жатыр...
StatusCreateIniEntries=INI жазбалары жасалып жатыр...
StatusCreateRegistryEntries=Тізілім жазбалары жасалып жатыр...
StatusRegisterFiles=Файлдар тіркеліп жатыр...
StatusSavingUninstall=Жою туралы мәлімет сақталып жатыр...
StatusRunProgram=Орнату аяқталып жатыр...
StatusRestartingApplications=Бағдарламалар қайта іске қосылып жатыр...
StatusRollback=Өзгерістер кері қайтарылып жатыр...

; *** Misc. errors
ErrorInternal2=Ішкі қате: %1
ErrorFunctionFailedNoCode=%1 орындалмады
ErrorFunctionFailed=%1 орындалмады; коды %2
ErrorFunctionFailedWithMessage=%1 орындалмады; коды %2.%n%3
ErrorExecutingProgram=Файл іске қосылмады:%n%1

; *** File copying errors
SourceIsCorrupted=Бастапқы файл бүлінген
SourceDoesntExist=«%1» бастапқы файлы жоқ
ErrorReadingExistingDest=Бар файлды оқу кезінде қате шықты:
FileExists=Файл бұрыннан бар.%n%nОны қайта жазу керек пе?
ExistingFileNewer=Бар файл орнатылатын файлдан жаңарақ. Бар файлды қалдыру ұсынылады.%n%nБар файлды қалдырасыз ба?
ErrorCopying=Файлды көшіру кезінде қате шықты:
ErrorReplacingExistingFile=Бар файлды ауыстыру кезінде қате шықты:

; *** Uninstall display name markings
UninstallDisplayNameMark=%1 (%2)
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 бит
UninstallDisplayNameMark64Bit=64 бит
UninstallDisplayNameMarkAllUsers=Барлық пайдаланушылар
UninstallDisplayNameMarkCurrentUser=Ағымдағы пайдаланушы

; *** Post-installation errors
ErrorRestartingComputer=Компьютерді қайта іске қосу мүмкін болмады. Мұны өзіңіз жасаңыз.

; *** Uninstaller messages
UninstallNotFound=«%1» файлы жоқ. Жою мүмкін емес.
UninstallOpenError=«%1» файлы ашылмады. Жою мүмкін емес
UninstallUnsupportedVer=«%1» жою журналының пішімі жоюшының бұл нұсқасына таныс емес. Жою мүмкін емес
UninstallUnknownEntry=Жою журналында белгісіз жазба (%1) кездесті
ConfirmUninstall=%1 және оның барлық құрамдас бөліктерін толығымен жоясыз ба?
UninstallOnlyOnWin64=Бұл бағдарламаны тек 64 биттік Windows жүйесінде жоюға болады.
OnlyAdminCanUninstall=Бұл бағдарламаны тек әкімші құқығы бар пайдаланушы жоя алады.
UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютеріңізден толығымен жойылды.
UninstalledMost=%1 жою аяқталды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды өзіңіз жоя аласыз.
UninstalledAndNeedsRestart=%1 жоюды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
UninstallDataCorrupted=«%1» файлы бүлінген. Жою мүмкін емес

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Ортақ файлды жою керек пе?
ConfirmDeleteSharedFile2=Жүйенің мәліметі бойынша келесі ортақ файлды енді ешбір бағдарлама пайдаланбайды. Оны жою керек пе?%n%nЕгер оны әлі де бір бағдарлама пайдаланса, жойылған соң ол дұрыс жұмыс істемеуі мүмкін. Сенімді болмасаңыз, «Жоқ» батырмасын басыңыз: файлды қалдыру зиян келтірмейді.
SharedFileNameLabel=Файл атауы:
SharedFileLocationLabel=Орны:
WizardUninstalling=Жою күйі
StatusUninstalling=%1 жойылып жатыр...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнатылып жатыр.
ShutdownBlockReasonUninstallingApp=%1 жойылып жатыр.

[CustomMessages]

NameAndVersion=%1, нұсқасы %2
AdditionalIcons=Қосымша белгішелер:
CreateDesktopIcon=&Жұмыс үстелінде белгіше жасау
CreateQuickLaunchIcon=&Жылдам іске қосу тақтасында белгіше жасау
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 жою
LaunchProgram=%1 іске қосу
AssocFileExtension=%1 бағдарламасын %2 файл кеңейтімімен &байланыстыру
AssocingFileExtension=%1 бағдарламасы %2 файл кеңейтімімен байланыстырылып жатыр...
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 автоматты түрде іске қосу
AddonHostProgramNotFound=%1 таңдалған қалтада табылмады.%n%nСонда да жалғастырасыз ба?
