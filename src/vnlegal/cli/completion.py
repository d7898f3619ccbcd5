"""Shell completion scripts (bash, zsh, fish), generated from the argument parser: its
commands, their options and the choices of each.

Apart from the parser because it is a generator of shell code; it takes the parser as an
argument (``vnlegal.cli.parser.completion_script`` passes ``build_parser()``).
"""

from __future__ import annotations

import argparse

__all__ = ["completion_for"]


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [o for a in parser._actions for o in a.option_strings]


def completion_for(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script of ``vnlegal`` for ``shell`` (bash, zsh or fish), from ``parser``."""
    subs: dict[str, argparse.ArgumentParser] = {}
    helps: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            subs = dict(action.choices)
            helps = {a.dest: a.help or "" for a in action._choices_actions}
    if shell == "fish":
        lines = ["# fish completion for vnlegal: save as ~/.config/fish/completions/vnlegal.fish",
                 "complete -c vnlegal -f"]  # fmt: skip
        for name in subs:
            help_text = helps.get(name, "").replace("'", "")
            lines.append(f"complete -c vnlegal -n __fish_use_subcommand -a {name} -d '{help_text}'")
        for name, sp in subs.items():
            cond = f"-n '__fish_seen_subcommand_from {name}'"
            for action in sp._actions:
                longs = [o[2:] for o in action.option_strings if o.startswith("--")]
                shorts = [o[1:] for o in action.option_strings if not o.startswith("--")]
                if not longs:
                    continue
                flag = f"complete -c vnlegal {cond} -l {longs[0]}" + (f" -s {shorts[0]}" if shorts else "")
                if action.choices:
                    flag += " -x -a '" + " ".join(map(str, action.choices)) + "'"
                lines.append(flag)
            lines.append(f"complete -c vnlegal {cond} -F")
        return "\n".join(lines) + "\n"
    cases = "\n".join(f'        {name}) opts="{" ".join(_options(sp))}" ;;' for name, sp in subs.items())
    choices = "\n".join(
        f'        {name}:{opt}) COMPREPLY=( $(compgen -W "{" ".join(map(str, a.choices))}" -- "$cur") ); '
        "return ;;"
        for name, sp in subs.items() for a in sp._actions if a.choices for opt in a.option_strings
    )  # fmt: skip
    bash = f"""_vnlegal() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}" opts=""
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=( $(compgen -W "{" ".join(subs)} --help --version" -- "$cur") ); return
    fi
    case "${{COMP_WORDS[1]}}:$prev" in
{choices}
    esac
    case "${{COMP_WORDS[1]}}" in
{cases}
        completion) COMPREPLY=( $(compgen -W "bash zsh fish" -- "$cur") ); return ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
    else
        COMPREPLY=( $(compgen -f -- "$cur") )
    fi
}}
complete -o filenames -o bashdefault -F _vnlegal vnlegal
"""
    if shell == "zsh":
        # zsh runs the bash function through its bash-completion layer: one script to keep.
        return "#compdef vnlegal\nautoload -U +X bashcompinit && bashcompinit\n" + bash
    return "# bash completion for vnlegal: source it, or save it in bash-completion's completions/\n" + bash
