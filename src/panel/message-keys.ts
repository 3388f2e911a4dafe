/**
 * Message keys named after the values they describe: `kind_baby_monitor` for the kind
 * 'baby-monitor', `verdict_e2ee_opt_in` for 'opt-in'. Built with snake() in a template literal,
 * a key keeps its exact type, so a value without its message does not compile.
 */
export type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;

export const snake = <S extends string>(value: S) => value.replace(/-/g, '_') as Snake<S>;
