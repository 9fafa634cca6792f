package org.gongkai.platform;

/** Chinese headings for the error pages. */
public final class ErrorTexts {
    private ErrorTexts() {}

    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "需要验证身份";
            case 403 -> "无权访问";
            case 404 -> "页面不存在";
            case 410 -> "该文书已撤回";
            case 413 -> "提交的内容过大";
            case 429 -> "请求过于频繁";
            default -> status >= 500 ? "服务暂时出现问题" : "无法完成请求";
        };
    }
}
