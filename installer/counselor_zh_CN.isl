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
