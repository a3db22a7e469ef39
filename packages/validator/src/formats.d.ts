export declare function date(s: unknown): boolean;
export declare function dateTime(s: unknown): boolean;
declare const formats: { date: typeof date; 'date-time': typeof dateTime };
export default formats;
