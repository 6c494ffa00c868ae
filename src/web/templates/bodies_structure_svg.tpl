{{%AUTOESCAPE context="HTML"}}<svg xmlns="http://www.w3.org/2000/svg" width="{{WIDTH}}" height="{{HEIGHT}}" viewBox="0 0 {{WIDTH}} {{HEIGHT}}" role="group" aria-labelledby="structure-title structure-desc" class="br-structure" font-family="Arial, sans-serif">
<title id="structure-title">{{TITLE}}</title>
<desc id="structure-desc">{{DESC}}</desc>
{{#EDGE}}<path d="M {{X1}} {{Y1}} V {{YM}} H {{X2}} V {{Y2}}" fill="none" stroke="#505a5f" stroke-width="2"/>
{{/EDGE}}{{#NODE}}<a href="{{HREF}}"><g><title>{{FULL_NAME}}</title><rect x="{{X}}" y="{{Y}}" width="{{W}}" height="{{H}}" rx="4" fill="#ffffff" stroke="#0b0c0c" stroke-width="2"/><text x="{{TX}}" y="{{TY1}}" font-size="16" font-weight="bold" text-anchor="middle" fill="#1d70b8">{{LINE1}}</text><text x="{{TX}}" y="{{TY2}}" font-size="14" text-anchor="middle" fill="#0b0c0c">{{LINE2}}</text></g></a>
{{/NODE}}</svg>
