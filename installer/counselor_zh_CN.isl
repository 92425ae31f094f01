; This installer's own texts in Simplified Chinese (UTF-8 with BOM), after Inno Setup's ChineseSimplified.isl, or
; alone over Default.isl when that file is missing (installer/counselor_app.iss).
[LangOptions]
LanguageName=简体中文
LanguageID=$0804
LanguageCodePage=936

[CustomMessages]
AppName=心理辅导室工作台
AppComment=学校心理辅导室的加密工作记录
DataFolderNote=办公室数据不在安装文件夹中，而保存在：%1（每位 Windows 用户各有自己的文件夹；也可以在程序中用 --data-dir 指定其他文件夹）。升级或重新安装不会改动这些数据。
DataStays=程序已卸载。办公室数据没有被删除，仍保存在：%n%n%1%n%n错误日志（不含个人信息）保存在：%n%2%n%n重新安装后即可继续使用。如需彻底删除，请先用“备份与恢复”把备份保存到 U 盘并妥善保管，再手动删除这些文件夹。
DataPageCaption=数据文件夹
DataPageDescription=办公室的记录保存在哪里？
DataPageText=记录加密保存在程序文件夹之外，升级不会改动它们。请选择保存位置：
DataPerUser=每位 Windows 用户自己的文件夹（一人使用这台电脑时推荐）：%1
DataChosen=办公室指定的文件夹，供办公室的各个 Windows 账户共用（例如 D 盘上的文件夹）
DataDirDescription=选择办公室的数据文件夹
DataDirText=办公室的加密记录将保存在这个文件夹中。如果其中已有办公室数据（重新安装，或从另一台电脑移来的文件夹），程序会原样打开它。
DataDirNotFull=请填写带盘符的完整路径（D:\...）或网络共享路径（\\服务器\...）。
DataDirInsideApp=数据文件夹不能放在程序文件夹里：升级时会替换程序文件夹。请另选一个文件夹。
DataDirHasOffice=%1 中已有办公室数据。程序会原样打开它，不做任何改动。使用这个文件夹吗？
DataFolderChosenNote=办公室数据保存在为它指定的文件夹：%1。升级或重新安装不会改动这些数据。
PointerNotWritten=安装程序未能在 %1 中记下数据文件夹。请用 --data-dir 加所选文件夹启动程序，或重新运行安装程序。
